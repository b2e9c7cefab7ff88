# Hot loops whose value types change mid-loop: i64 overflow into big ints, int turning float, mixed lists.
total = 1
for i in range(100):
    total = total * 3 + i
print(total, total.bit_length())
x = 2 ** 62 - 5
for i in range(10):
    x += 1
print(x, x + x, x * 2 - x)
y = 9223372036854775800
steps = []
for i in range(12):
    y += 1
    steps.append(y - 9223372036854775800)
print(y, steps, type(y).__name__)
n = -9223372036854775800
for i in range(10):
    n -= 1
print(n, -n, abs(n) // 7)
value = 1
for i in range(8):
    value = value / 2 if i % 3 == 0 else value * 3
print(value, type(value).__name__)
mixed = [1, 2.5, True, 10 ** 20, -3, 0.5]
acc = 0
for item in mixed:
    acc += item
print(acc, type(acc).__name__)
count = 0
i = 0
while i < 100000:
    if i % 7 == 0 or i % 11 == 0:
        count += 1
    i += 1
print(count)
s = 0.0
for k in range(1, 50001):
    s += (-1) ** (k + 1) / (2 * k - 1)
print(s * 4)
errors = 0
for k in range(-5, 6):
    try:
        errors += 100 // k
    except ZeroDivisionError:
        errors += 1000
print(errors)
fact = 1
for k in range(1, 26):
    fact *= k
    if k in (20, 21, 25):
        print(k, fact)
squares = [0] * 20
for k in range(20):
    squares[k] = k * k if k % 2 else k * 0.5
print(squares)
