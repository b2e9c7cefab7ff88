# Transparent big integers: overflow past 64 bits and back.
a = 2 ** 62
print(a + a, a * 4, (a * 4) // 4, (a * 4) - a * 3)
m = 9223372036854775807
print(m + 1, m * m, -m - 2, m * -m, abs(-m - 1))
print(2 ** 100, 2 ** 200 - 1, -(2 ** 127))
print(3 ** 100 % 1000007, 3 ** 100 // 7 ** 30)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // 10 ** 10, f % 10 ** 10)
print(divmod(-f, 7 ** 20))
print(10 ** 50 // -3, 10 ** 50 % -3, -10 ** 50 // 3, -(10 ** 50) % 3)
print((2 ** 64) >> 3, (2 ** 64) << 70, -(2 ** 64) >> 1, (2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
print(-(2 ** 70) & 0xFFFF, (2 ** 70) ^ (2 ** 69), ~(2 ** 65))
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 > 1e19, 10 ** 400 > 1e308)
print(hex(2 ** 80), oct(2 ** 70), bin(2 ** 65 + 1))
print(str(10 ** 40)[:5], len(str(7 ** 500)))
print(int("123456789" * 5) + 1)
print(float(2 ** 80), float(-(3 ** 60)), 2 ** 80 / 2 ** 78)
print(int(1e20), int(-1.5e25), int(2.0 ** 70))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(2, 100, 10 ** 9 + 7), pow(12345678901234567890, 3, 98765432109876543210))
print(abs(-(2 ** 99)), -(-(2 ** 99)), +(2 ** 99))
x = 2 ** 64
x -= 2 ** 64
print(x, type(x))
print(sum(range(10 ** 6)), sum([2 ** 62] * 10))
print(max(2 ** 70, 2 ** 69), min(-(2 ** 70), 5))
print(round(12345678901234567890123, -5), round(-(10 ** 25) + 5, -1))
