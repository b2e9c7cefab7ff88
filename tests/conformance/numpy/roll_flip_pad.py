# roll, flip, pad in constant mode.
import numpy as np

a = np.arange(10)
print(repr(np.roll(a, 2)), repr(np.roll(a, -3)), repr(np.roll(a, 13)), repr(np.roll(a, 0)))
m = np.arange(12).reshape(3, 4)
print(repr(np.roll(m, 1)), repr(np.roll(m, 1, axis=0)), repr(np.roll(m, -1, axis=1)))
print(repr(np.roll(m, (1, 2), axis=(0, 1))))
print(repr(np.flip(a)), repr(np.flip(m, 0)), repr(np.flip(m, axis=1)), repr(np.flip(m)))
f = np.flip(a)
f[0] = -1
print(a[-1], f.base is not None)
print(repr(np.pad(np.array([1, 2, 3]), 2)))
print(repr(np.pad(np.array([1, 2, 3]), (1, 3), constant_values=9)))
print(repr(np.pad(np.array([1.5, 2.5]), (2, 0), mode='constant', constant_values=-1)))
print(repr(np.pad(np.array([[1, 2], [3, 4]]), 1)))
print(repr(np.pad(np.array([[1, 2], [3, 4]]), ((1, 0), (0, 2)), constant_values=7)))
print(repr(np.pad(np.array([[1, 2], [3, 4]]), ((0, 0), (1, 1)), constant_values=((0, 0), (5, 6)))))
print(repr(np.pad(np.ones((2, 2), dtype=np.int8), 1, constant_values=3)))
