# Ufunc methods: reduce, accumulate, outer, at.
import numpy as np

a = np.arange(1, 7)
m = a.reshape(2, 3)
print(repr(np.add.reduce(a)), repr(np.multiply.reduce(a)), repr(np.maximum.reduce(a)), repr(np.minimum.reduce(a)))
print(repr(np.add.reduce(m)), repr(np.add.reduce(m, axis=1)), repr(np.add.reduce(m, axis=None)), repr(np.add.reduce(m, axis=-1)))
print(repr(np.add.reduce(m, axis=(0, 1))), repr(np.add.reduce(m, keepdims=True)), repr(np.add.reduce(m, axis=1, keepdims=True)))
print(repr(np.multiply.reduce(m, axis=0, dtype=np.float64)), repr(np.add.reduce(np.array([100, 100], dtype=np.int8), dtype=np.int8)))
print(repr(np.add.reduce(np.array([True, True, False]))), repr(np.logical_and.reduce(np.array([True, False]))))
print(repr(np.logical_or.reduce(np.array([[False, False], [False, True]]), axis=0)))
print(repr(np.bitwise_or.reduce(np.array([1, 2, 8]))), repr(np.bitwise_xor.reduce(np.array([7, 1]))))
print(repr(np.subtract.reduce(np.array([10, 1, 2]))), repr(np.divide.reduce(np.array([8.0, 2.0, 2.0]))))
print(repr(np.add.reduce(np.zeros(0))), repr(np.multiply.reduce(np.zeros(0, dtype=int))))
print(repr(np.add.reduce(np.arange(24).reshape(2, 3, 4), axis=(0, 2))))
print(repr(np.add.accumulate(a)), repr(np.multiply.accumulate(a)), repr(np.maximum.accumulate(np.array([1, 3, 2, 5, 4]))))
print(repr(np.add.accumulate(m)), repr(np.add.accumulate(m, axis=1)), repr(np.subtract.accumulate(np.array([10, 1, 2]))))
print(repr(np.add.accumulate(np.array([0.1, 0.2, 0.3, 0.4]))), np.add.accumulate(np.array([0.1, 0.2, 0.3, 0.4])).tolist())
print(repr(np.add.accumulate(np.array([1, 2], dtype=np.int8), dtype=np.float32)))
print(repr(np.logical_or.accumulate(np.array([False, True, False]))))
print(repr(np.add.outer(np.arange(3), np.arange(4))), repr(np.multiply.outer(np.array([1, 2]), np.array([0.5, 1.5, 3.0]))))
print(repr(np.subtract.outer(np.array([5, 6]), np.array([1, 2, 3]))), np.add.outer(m, a).shape)
print(repr(np.greater.outer(np.arange(3), np.arange(3))), repr(np.power.outer(np.array([2, 3]), np.array([0, 1, 2]))))
x = np.zeros(5)
np.add.at(x, [0, 1, 1, 4, 1], 1)
print(repr(x))
y = np.arange(6)
np.multiply.at(y, [0, 2, 2], 3)
print(repr(y))
z = np.zeros(4, dtype=int)
np.add.at(z, np.array([3, 3, 0]), np.array([5, 6, 7]))
print(repr(z))
w = np.ones((2, 3))
np.add.at(w, (np.array([0, 1, 0]), np.array([2, 2, 2])), 10)
print(repr(w))
v = np.array([5, 5, 5])
np.maximum.at(v, [0, 1], [3, 9])
print(repr(v))
u = np.array([1.0, 4.0, 9.0])
np.negative.at(u, [0, 2])
print(repr(u))
try:
    np.sqrt.reduce(a)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.maximum.reduce(np.zeros(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.add.reduce(m, axis=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.add.at(x, [7], 1)
except Exception as e:
    print(type(e).__name__, e)
