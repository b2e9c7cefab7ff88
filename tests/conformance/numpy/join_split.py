# concatenate, stack, vstack, hstack, column_stack, split, array_split.
import numpy as np

a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(repr(np.concatenate((a, b))), repr(np.concatenate((a, b.T), axis=1)))
print(repr(np.concatenate([a, a], axis=None)), repr(np.concatenate([[1, 2], [3.5]])))
print(repr(np.concatenate([a, a], axis=-1)))
x = np.array([1, 2, 3])
y = np.array([4, 5, 6])
print(repr(np.stack([x, y])), repr(np.stack([x, y], axis=1)), repr(np.stack([x, y], axis=-1).shape))
print(np.stack([a, a, a]).shape, np.stack([a, a], axis=2).shape)
print(repr(np.vstack([x, y])), repr(np.vstack([a, b])), repr(np.vstack([x, x, x]).shape))
print(repr(np.hstack([x, y])), repr(np.hstack([a, a])), repr(np.hstack([np.array([1]), [2, 3]])))
print(repr(np.column_stack([x, y])), repr(np.column_stack([a, x[:2]])))
print(repr(np.concatenate([np.array([1], dtype=np.int8), np.array([300], dtype=np.int16)])))
z = np.arange(9)
parts = np.split(z, 3)
print(parts)
print(np.split(z, [2, 5]), np.split(z, [3, 20]))
m = np.arange(12).reshape(3, 4)
for p in np.split(m, 2, axis=1):
    print(repr(p))
print(np.array_split(z, 4))
print(np.array_split(np.arange(7), 3), np.array_split(np.arange(2), 3))
for p in np.array_split(m, 2):
    print(repr(p))
pp = np.split(z, 3)
pp[0][0] = 100
print(z[0])
try:
    np.split(z, 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.concatenate([a, np.array([1, 2, 3])])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.concatenate([a, np.array([[1, 2, 3]])])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.stack([x, np.array([1, 2])])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.concatenate([a, a], axis=2)
except Exception as e:
    print(type(e).__name__, e)
