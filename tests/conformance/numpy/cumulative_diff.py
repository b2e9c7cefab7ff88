# cumsum, cumprod (axis, dtype) and diff (n, axis).
import numpy as np

a = np.array([[1, 2, 3], [4, 5, 6]])
print(repr(np.cumsum(a)), repr(np.cumsum(a, axis=0)), repr(np.cumsum(a, axis=1)), repr(a.cumsum(axis=-1)))
print(repr(np.cumprod(a)), repr(np.cumprod(a, axis=0)), repr(a.cumprod(axis=1)))
print(repr(np.cumsum(a, dtype=np.float32)), repr(np.cumprod(np.array([2, 3, 4], dtype=np.int8), dtype=np.int64)))
f = np.array([0.1, 0.2, 0.3, 0.4, 0.5])
print(repr(np.cumsum(f)), np.cumsum(f).tolist(), np.cumprod(f).tolist())
print(repr(np.cumsum(np.array([True, True, False, True]))), repr(np.cumsum(np.array([1, 2], dtype=np.uint8))))
print(repr(np.cumsum(np.array([], dtype=int))), repr(np.cumsum(5)), repr(np.cumprod([1.5, 2.0])))
print(repr(np.cumsum(np.arange(24).reshape(2, 3, 4), axis=1)[1]))
d = np.array([1, 4, 9, 16, 25])
print(repr(np.diff(d)), repr(np.diff(d, n=2)), repr(np.diff(d, n=3)), repr(np.diff(d, n=0)), repr(np.diff(d, 5)))
m = np.array([[1, 3, 6, 10], [0, 5, 6, 8]])
print(repr(np.diff(m)), repr(np.diff(m, axis=0)), repr(np.diff(m, n=2, axis=1)), repr(np.diff(m, axis=-2)))
print(repr(np.diff(np.array([0.1, 0.3, 0.7]))), np.diff(np.array([0.1, 0.3, 0.7])).tolist())
print(repr(np.diff(np.array([5, 3], dtype=np.uint8))), repr(np.diff(np.array([True, False, False, True]))))
try:
    np.diff(d, n=-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.cumsum(a, axis=2)
except Exception as e:
    print(type(e).__name__, e)
