# Augmented assignment through views and masks: m[m < 3] *= -1, a[::2] += 1, in-place dtype rules.
import numpy as np

m = np.arange(6)
m[m < 3] *= -1
print(repr(m))
m[m > 2] += 10
print(repr(m))
m[m < 0] -= 1
print(repr(m))
a = np.arange(10)
a[::2] += 100
print(repr(a))
a[1::3] //= 2
print(repr(a))
a[-3:] %= 7
print(repr(a))
v = a[2:6]
v *= 0
print(repr(a))
f = np.linspace(0, 1, 6)
f[f > 0.5] /= 2
print(repr(f))
f[:3] **= 2
print(repr(f))
g = np.arange(12).reshape(3, 4)
g[:, 1] += np.array([100, 200, 300])
print(repr(g))
g[1] -= g[0]
print(repr(g))
g[g % 2 == 0] *= -1
print(repr(g))
g.T[0] += 1000
print(repr(g))
h = np.ones((2, 3))
h += np.array([1, 2, 3])
h *= np.array([[2], [3]])
print(repr(h))
i = np.arange(5)
i += 2
print(repr(i))
try:
    i += 2.5
except Exception as e:
    print(type(e).__name__, e)
try:
    i /= 2
except Exception as e:
    print(type(e).__name__, e)
print(repr(i))
b = np.array([True, False, True])
b |= np.array([False, True, False])
print(repr(b))
b &= np.array([True, False, False])
print(repr(b))
b ^= True
print(repr(b))
k = np.array([1, 2, 4], dtype=np.uint8)
k <<= 2
print(repr(k))
k >>= 1
print(repr(k))
k |= 1
print(repr(k))
k &= 6
print(repr(k))
k ^= 255
print(repr(k))
x = np.arange(4, dtype=np.int16)
x *= 20000
print(repr(x))
y = np.arange(4.0)
y2 = y
y2 += 1
print(y is y2, repr(y))
w = np.zeros(3)
w[[0, 2]] += 5
print(repr(w))
