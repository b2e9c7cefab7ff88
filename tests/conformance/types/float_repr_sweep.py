# repr of many floats: reciprocals, powers, seeded random magnitudes, values near the repr switch points.
import random
print([1 / n for n in range(1, 40)])
print([n / 10 for n in range(-12, 13)])
print([2.0 ** e for e in range(-12, 60, 7)], [10.0 ** e for e in range(-8, 24, 3)])
print([1.1 ** e for e in range(0, 200, 17)])
print([x * 1e16 for x in (0.9999999999999999, 1.0, 1.0000000000000002)], [x * 1e-4 for x in (0.99999, 1.0, 1.00001)])
random.seed(31337)
for _ in range(12):
    mantissa = random.random()
    exponent = random.randint(-320, 308)
    print(repr(mantissa * 10.0 ** exponent if -300 < exponent else mantissa * 1e-300 * 10.0 ** (exponent + 300)))
print([round(random.uniform(-1000, 1000), k) for k in range(6)])
total = 0.0
for i in range(1, 1001):
    total += 1.0 / (i * i)
print(total, (total * 6) ** 0.5)
acc = 1.0
for i in range(30):
    acc = acc * 3.7 % 1.9 + 0.001
print(acc)
