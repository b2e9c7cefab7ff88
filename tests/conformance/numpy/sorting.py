# sort / argsort (axis, stable kind, descending via slicing), ndarray.sort in place.
# Default (unstable) argsort is only applied to arrays with ties of at most 16 elements, where NumPy's
# baseline introsort is an insertion sort and so agrees with a stable sort.
import numpy as np

a = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])
print(repr(np.sort(a)), repr(np.argsort(a)), repr(np.argsort(a, kind='stable')), repr(np.sort(a)[::-1]))
m = np.array([[9, 2, 7], [1, 8, 3], [5, 5, 0]])
print(repr(np.sort(m)), repr(np.sort(m, axis=0)), repr(np.sort(m, axis=None)), repr(np.sort(m, axis=-1)))
print(repr(np.argsort(m)), repr(np.argsort(m, axis=0)), repr(np.argsort(m, axis=None)))
f = np.array([0.5, np.nan, -1.0, np.inf, -np.inf, 0.0, -0.0, 2.5, np.nan])
print(repr(np.sort(f)), repr(np.argsort(f, kind='stable')))
ties = np.array([2, 1, 2, 1, 2, 1, 0, 0, 2, 1, 1, 2, 0])
print(repr(np.argsort(ties, kind='stable')), repr(np.argsort(-ties, kind='stable')))
rng_like = (np.arange(40) * 37) % 11
print(repr(np.argsort(rng_like, kind='stable')), repr(np.sort(rng_like, kind='stable')))
b = a.copy()
b.sort()
print(repr(b))
c = m.copy()
c.sort(axis=0)
print(repr(c))
d = m.copy()
d.sort()
print(repr(d))
print(repr(np.sort(np.array([True, False, True]))), repr(np.sort(np.array([3, -1, 2], dtype=np.int8))), repr(np.sort(np.array([200, 3], dtype=np.uint8))))
print(repr(np.sort(np.array([2.5, -1.5], dtype=np.float32))), repr(np.sort(np.array([1 + 2j, 1 - 1j, -1 + 5j]))))
print(repr(np.sort(np.array([], dtype=float))), repr(np.sort(np.array([7]))))
print(repr(a.argsort()), repr(m.argsort(axis=1)), repr(np.argsort(np.array([1.5, 1.5, 0.5]), kind='stable')))
idx = np.argsort(a, kind='stable')
print(repr(a[idx]))
x = np.arange(100)
y = (x * 7919) % 101
print(repr(np.argsort(y)[:20]), repr(np.sort(y)[-10:]))
try:
    np.sort(m, axis=2)
except Exception as e:
    print(type(e).__name__, e)
