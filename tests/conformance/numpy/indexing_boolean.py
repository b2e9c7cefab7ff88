# Boolean mask indexing: selection, assignment and shapes.
import numpy as np

a = np.array([5, -3, 8, 0, -1, 7])
mask = a > 0
print(repr(mask), repr(a[mask]), repr(a[~mask]), repr(a[a < 0]), repr(a[a > 100]))
print(repr(a[(a > 0) & (a < 8)]), repr(a[(a < 0) | (a == 8)]))
print(repr(a[np.array([True, False, True, False, False, True])]))
print(repr(a[[True, False, True, False, False, True]]))
m = np.arange(12).reshape(3, 4)
print(repr(m[m % 3 == 0]), repr(m[m > 5].shape))
print(repr(m[np.array([True, False, True])]), repr(m[:, np.array([False, True, True, False])]))
print(repr(m[np.array([False, True, False]), 1:]))
print(repr(m[m.sum(axis=1) > 10]))
f = np.array([1.5, np.nan, -2.0, np.nan])
print(repr(f[np.isnan(f)]), repr(f[~np.isnan(f)]))
b = a.copy()
b[b < 0] = 0
print(repr(b))
c = a.copy()
c[c > 0] = np.array([10, 20, 30])
print(repr(c))
d = m.copy()
d[d > 6] = -1
print(repr(d))
e = m.copy()
e[np.array([True, False, True])] = 100
print(repr(e))
g = m.copy()
g[:, np.array([True, False, False, True])] = np.array([1, 2])
print(repr(g))
z = np.array(5)
print(repr(z[np.array(True)]), repr(z[np.array(False)]))
sel = a[mask]
sel[0] = 999
print(repr(a))
try:
    a[np.array([True, False])]
except Exception as e:
    print(type(e).__name__, e)
try:
    m[np.array([[True, False], [False, True]])]
except Exception as e:
    print(type(e).__name__, e)
try:
    c[c > 0] = np.array([1, 2])
except Exception as e:
    print(type(e).__name__, e)
