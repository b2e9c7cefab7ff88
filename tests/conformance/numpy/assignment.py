# Assignment of scalars, sequences and broadcast arrays into slices, rows, columns; casting on store.
import numpy as np

a = np.zeros(6)
a[0] = 1
a[-1] = 2.5
a[1:3] = 7
a[3:5] = [8, 9]
print(repr(a))
a[:] = np.arange(6)
print(repr(a))
a[::2] = np.array([10, 20, 30])
print(repr(a))
a[::-1] = np.arange(6)
print(repr(a))
m = np.zeros((3, 4), dtype=int)
m[1] = 5
m[:, 2] = [1, 2, 3]
m[0, :] = np.array([9, 8, 7, 6])
m[2, 1:3] = -4
print(repr(m))
m[:] = np.array([1, 2, 3, 4])
print(repr(m))
m[...] = np.array([[10], [20], [30]])
print(repr(m))
m[1:, 1:] = [[0, 1, 2], [3, 4, 5]]
print(repr(m))
i = np.zeros(4, dtype=np.int32)
i[0] = 3.99
i[1] = -2.7
i[2:] = [1.5, True]
print(repr(i))
u = np.zeros(3, dtype=np.uint8)
u[:] = np.array([255, 256, -1])
print(repr(u))
b = np.zeros(3, dtype=bool)
b[0] = 5
b[1] = 0.0
b[2] = -1
print(repr(b))
c = np.zeros(2, dtype=complex)
c[0] = 1 + 2j
c[1] = 3
print(repr(c))
f32 = np.zeros(2, dtype=np.float32)
f32[0] = 0.1
f32[1] = np.float64(1e40)
print(repr(f32))
t = np.zeros((2, 2, 3))
t[0, 1] = [1, 2, 3]
t[:, :, 0] = 5
t[1, ..., 2] = [6, 7]
print(repr(t))
z = np.zeros(3, dtype=int)
z[1] = np.int8(-3)
z[2] = np.float64(4.7)
print(repr(z))
s = np.array(5.0)
s[()] = 7
print(repr(s))
s[...] = 8
print(repr(s))
try:
    a[0:3] = [1, 2]
except Exception as e:
    print(type(e).__name__, e)
try:
    m[0] = [1, 2, 3]
except Exception as e:
    print(type(e).__name__, e)
try:
    i[0] = 1 + 2j
except Exception as e:
    print(type(e).__name__, e)
try:
    u[0] = 300
except Exception as e:
    print(type(e).__name__, e)
try:
    a[10] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    i[0] = np.nan
except Exception as e:
    print(type(e).__name__, e)
print(repr(i))
