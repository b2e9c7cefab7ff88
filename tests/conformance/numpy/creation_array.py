# np.array / np.asarray from nested lists and tuples, with dtype=, copy=, ndmin=.
import numpy as np

a = np.array([[1, 2, 3], [4, 5, 6]])
print(a, a.dtype, a.shape, a.ndim, a.size, a.itemsize, a.nbytes)
print(repr(np.array([1.5, 2, 3])))
print(repr(np.array([[True, False], [False, True]])))
print(repr(np.array([1, 2], dtype=np.float32)))
print(repr(np.array([1, 2], dtype='i1')))
print(repr(np.array((1, 2, 3), dtype=complex)))
print(repr(np.array([[1, 2], (3, 4)])))
print(repr(np.array([[[1], [2]], [[3], [4]]])))
print(repr(np.array(5)), np.array(5).shape, np.array(5).ndim)
print(repr(np.array(2.5, dtype=np.float32)))
print(repr(np.array([])), np.array([]).shape, np.array([[]]).shape)
print(repr(np.array([1, 2], ndmin=3)), np.array([1, 2], ndmin=3).shape)
print(np.array(7, ndmin=2).shape)
b = np.array([1, 2, 3])
c = np.array(b)
c[0] = 100
print(b, c)
d = np.asarray(b)
d[1] = 200
print(b, d is b)
e = np.asarray(b, dtype=np.float64)
e[2] = -1
print(b, e)
print(np.asarray([1, 2]).dtype, np.asarray((1.0, 2)).dtype, np.asarray(3).shape)
print(np.asarray(b, dtype=np.int64) is b)
f = np.array(b, copy=True)
f[2] = 7
print(b, f)
g = np.array([np.int8(1), np.int8(2)])
print(g.dtype)
h = np.array([np.float32(1), 2])
print(h.dtype)
print(repr(np.array([1.0, 2.0], dtype=int)))
print(repr(np.array([0, 1, 2], dtype=bool)))
print(repr(np.array([[1, 2], [3, 4]], dtype=np.uint16)))
print(repr(np.array(np.array([[1, 2]]), ndmin=1)))
try:
    np.array([[1, 2], [3]])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.array([1, 2], dtype='nope')
except Exception as e:
    print(type(e).__name__, e)
try:
    np.array(b, copy=False, dtype=np.float32)
except Exception as e:
    print(type(e).__name__, e)
