# zeros, ones, empty, full and the *_like functions: values, dtypes and shapes.
import numpy as np

print(repr(np.zeros(3)), repr(np.zeros((2, 3), dtype=int)), repr(np.zeros((2,), dtype=bool)))
print(repr(np.ones(4, dtype=np.uint8)), repr(np.ones((1, 2, 2))))
print(repr(np.zeros(0)), repr(np.ones((0, 3))))
print(repr(np.zeros(())), repr(np.ones((), dtype=np.int16)))
e = np.empty((2, 5), dtype=np.float32)
print(e.shape, e.dtype, e.size)
print(np.empty(3).dtype, np.empty((4, 0)).shape)
print(repr(np.full(3, 7)), repr(np.full((2, 2), 1.5)), repr(np.full(2, True)))
print(repr(np.full((2, 3), 9, dtype=np.int8)), repr(np.full(2, 3, dtype=float)))
print(repr(np.full(3, np.nan)), repr(np.full((1,), -0.0)))
print(repr(np.full(2, 1 + 1j)), repr(np.full(3, np.int32(4))))
base = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int16)
print(repr(np.zeros_like(base)), repr(np.ones_like(base)))
print(repr(np.full_like(base, 8)), repr(np.full_like(base, 2.9)))
print(repr(np.zeros_like(base, dtype=float)), repr(np.ones_like(base, dtype=bool)))
el = np.empty_like(base)
print(el.shape, el.dtype)
fb = np.array([0.5, 1.5])
print(repr(np.full_like(fb, 3)), repr(np.zeros_like(fb)), repr(np.ones_like(5.0)))
print(repr(np.zeros_like([[1, 2]])), repr(np.ones_like([1.0, 2.0])))
print(np.zeros((2, 3)).flags['C_CONTIGUOUS'], np.zeros(3).strides, np.ones((2, 3), dtype=np.int32).strides)
try:
    np.zeros(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.ones((2, -3))
except Exception as e:
    print(type(e).__name__, e)
