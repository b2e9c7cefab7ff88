# np.asarray / np.array accept objects exposing __array_interface__ or __array__.
import numpy as np

class WithArray:
    def __init__(self, values):
        self.values = values

    def __array__(self, dtype=None, copy=None):
        return np.array(self.values, dtype=dtype)

class WithInterface:
    def __init__(self, arr):
        self.arr = arr
        self.__array_interface__ = arr.__array_interface__

w = WithArray([[1, 2], [3, 4]])
print(repr(np.asarray(w)), repr(np.array(w)), repr(np.asarray(w, dtype=np.float32)))
print(repr(np.array(WithArray([0.5, 1.5])) * 2), repr(np.sum(np.asarray(WithArray([1, 2, 3])))))
base = np.arange(6, dtype=np.int32).reshape(2, 3)
wi = WithInterface(base)
v = np.asarray(wi)
print(repr(v), v.dtype, v.shape)
v[0, 0] = 99
print(repr(base))
c = np.array(wi)
c[1, 1] = -1
print(repr(base), repr(c))
t = WithInterface(base.T)
print(repr(np.asarray(t)), np.asarray(t).strides)
f = WithInterface(np.linspace(0, 1, 3))
print(repr(np.asarray(f)), repr(np.asarray(f, dtype=np.float32)))
print(repr(np.asarray([np.arange(2), np.arange(2) + 5])))
print(repr(np.asarray((1, 2.5))), repr(np.asarray(np.float64(2.0))), repr(np.asarray(True)))
