# unique (with return_counts) and searchsorted (side, scalar and array needles).
import numpy as np

a = np.array([3, 1, 2, 3, 1, 1, 7, 0, 2])
print(repr(np.unique(a)))
u, c = np.unique(a, return_counts=True)
print(repr(u), repr(c))
m = np.array([[1, 2], [2, 3], [1, 2]])
print(repr(np.unique(m)), repr(np.unique(m, return_counts=True)))
f = np.array([0.5, -1.0, 0.5, np.nan, 2.0, np.nan, 0.0, 0.0])
print(repr(np.unique(f)), repr(np.unique(f, return_counts=True)))
print(repr(np.unique(np.array([True, False, True]))), repr(np.unique(np.array([], dtype=int))), repr(np.unique([5, 5, 4])))
print(repr(np.unique(np.array([3, 3, 1], dtype=np.uint8), return_counts=True)))
s = np.array([1, 2, 2, 2, 5, 8, 13])
print(repr(np.searchsorted(s, 2)), repr(np.searchsorted(s, 2, side='right')), repr(np.searchsorted(s, [0, 3, 13, 14])))
print(repr(np.searchsorted(s, np.array([2, 5, 9]), side='right')), repr(np.searchsorted(s, 1.5)), repr(s.searchsorted(8)))
print(repr(np.searchsorted(s, np.array([[1, 20], [2, 6]]))), repr(np.searchsorted(np.array([0.1, 0.2, 0.3]), 0.2)))
print(repr(np.searchsorted(np.array([0.1, 0.2, 0.3]), np.array([np.nan, -np.inf, np.inf]))))
print(repr(np.searchsorted(np.array([], dtype=int), 3)), repr(np.searchsorted(s, np.array([], dtype=int))))
try:
    np.searchsorted(s, 3, side='middle')
except Exception as e:
    print(type(e).__name__, e)
