# Ufuncs as objects: broadcasting, out= (returned and filled), dtype=, names.
import numpy as np

print(type(np.add).__name__, np.add.__name__, np.sqrt.__name__)
print(repr(np.add), repr(np.sqrt))
a = np.arange(6).reshape(2, 3)
out = np.zeros((2, 3), dtype=np.int64)
r = np.add(a, 10, out=out)
print(r is out, repr(out))
fo = np.empty(3)
np.multiply(np.array([1, 2, 3]), 1.5, out=fo)
print(repr(fo))
np.sqrt(np.array([4.0, 9.0, 16.0]), out=fo)
print(repr(fo))
np.negative(fo, out=fo)
print(repr(fo))
col = np.zeros((3, 2))
np.add(np.arange(3)[:, None], np.array([0.5, 1.5]), out=col)
print(repr(col))
view = col[:, 0]
np.multiply(view, 2, out=view)
print(repr(col))
print(repr(np.add(np.array([1, 2]), np.array([3, 4]), dtype=np.float32)))
print(repr(np.multiply(np.array([100, 100], dtype=np.int8), 3, dtype=np.int16)))
print(repr(np.divide(np.array([1, 2]), 4, dtype=np.float32)))
print(repr(np.sqrt(np.array([2, 3]), dtype=np.float32)))
io = np.zeros(3, dtype=np.int32)
try:
    np.add(np.array([1.5, 2.5, 3.5]), 1, out=io)
except Exception as e:
    print(type(e).__name__, e)
np.add(np.array([1, 2, 3], dtype=np.int8), 1, out=io)
print(repr(io))
try:
    np.add(np.arange(3), 1, out=np.zeros(4))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.add(np.arange(3))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.add(np.arange(3), 1, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
bo = np.zeros(3, dtype=bool)
np.greater(np.array([1, 5, 3]), 2, out=bo)
print(repr(bo))
print(repr(np.add(np.arange(4).reshape(2, 2), np.array([[10], [20]]))))
print(repr(np.maximum(np.arange(3), np.arange(3)[:, None])))
lst = np.add([1, 2, 3], 1)
print(repr(lst), type(lst).__name__, repr(np.add(1, 1)), type(np.add(1.0, 1)).__name__)
