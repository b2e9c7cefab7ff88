# Every Python operator on arrays: binary, unary, reflected with scalars, in-place, comparisons.
import numpy as np

a = np.array([1, -2, 3, 4])
b = np.array([2, 3, -1, 5])
f = np.array([0.5, -1.5, 2.0, 4.0])
print(repr(a + b), repr(a - b), repr(a * b), repr(a / b), repr(a // b), repr(a % b), repr(a ** np.abs(b)))
print(repr(f + a), repr(f - a), repr(f * a), repr(f / a), repr(f // a), repr(f % a), repr(f ** 2))
print(repr(-a), repr(+a), repr(abs(a)), repr(-f), repr(abs(f)), repr(~a))
print(repr(a & b), repr(a | b), repr(a ^ b), repr(a << 2), repr(np.abs(a) >> 1))
print(repr(2 + a), repr(2 - a), repr(2 * a), repr(2 / a), repr(7 // a), repr(7 % a), repr(2 ** np.abs(a)))
print(repr(1.5 + a), repr(1.5 - f), repr(3 * f), repr(1 / f), repr(5.0 // f), repr(5 % f), repr(2.0 ** f))
print(repr(a + 1.5), repr(a - 1), repr(a * 0.5), repr(a / 2), repr(a // 2), repr(a % 3), repr(a ** 2))
print(repr(6 & a), repr(1 | a), repr(3 ^ a), repr(1 << np.abs(a)), repr(64 >> np.abs(a)))
print(repr(a == b), repr(a != b), repr(a < b), repr(a <= b), repr(a > b), repr(a >= b))
print(repr(3 < a), repr(3 == a), repr(2.5 >= f), repr(a == 3.0))
print(repr(np.float64(2) * a), repr(np.int32(3) + a), repr(a - np.int8(1)), repr(np.float32(2) * f))
c = np.array([1 + 1j, 2 - 1j])
print(repr(c + 1), repr(2j * c), repr(c / 2), repr(-c), repr(abs(c)), repr(c == 1 + 1j), repr(c ** 2))
x = np.arange(5)
x += 1
x -= 2
x *= 3
x //= 2
x %= 5
x **= 2
print(repr(x))
y = np.linspace(1, 2, 3)
y /= 4
y += np.array([1, 2, 3])
print(repr(y))
z = np.array([6, 3], dtype=np.int32)
z <<= 1
z >>= 2
z &= 7
z |= 8
z ^= 1
print(repr(z))
m = np.ones((2, 2))
m @= np.array([[1.0, 2.0], [3.0, 4.0]])
print(repr(m))
p = np.array([[1, 2], [3, 4]])
q = np.array([[0, 1], [1, 0]])
print(repr(p @ q), repr(p @ np.array([1, 1])), repr(np.array([1, 1]) @ p), repr(np.array([1, 2]) @ np.array([3, 4])))
print(repr(divmod(a, 3)), repr(divmod(f, 1.5)), repr(divmod(7, a)))
print(repr(pow(a, 2)), repr(pow(2, np.abs(a))))
print(repr(np.array([True, False]) + np.array([True, True])), repr(-np.array([1], dtype=np.uint8)))
print(repr(a.__add__(1)), repr(a.__radd__(1)), repr(a.__rsub__(10)), repr(f.__rtruediv__(1.0)))
try:
    -np.array([True])
except Exception as e:
    print(type(e).__name__, e)
try:
    p @ 2
except Exception as e:
    print(type(e).__name__, e)
