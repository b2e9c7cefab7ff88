# nonzero, argwhere, where (1 and 3 arguments), clip.
import numpy as np

a = np.array([[0, 3, 0], [4, 0, 5]])
print(repr(np.nonzero(a)), repr(a.nonzero()), repr(np.nonzero(np.array([0, 1, 0, 2]))))
print(repr(np.nonzero(np.array([False, True]))), repr(np.nonzero(np.zeros(3))), repr(np.nonzero(np.arange(8).reshape(2, 2, 2) % 3 == 0)))
print(repr(np.argwhere(a)), repr(np.argwhere(np.array([0, 7, 7]))), repr(np.argwhere(a > 10)), np.argwhere(a > 10).shape)
print(repr(np.where(a)), repr(np.where(np.array([1.0, 0.0, -1.0]))))
x = np.arange(6)
print(repr(np.where(x > 2, x, -x)), repr(np.where(x % 2 == 0, 1.5, 0)), repr(np.where(x < 3, x * 10, 7)))
print(repr(np.where(a > 0, a, np.array([[9], [8]]))), repr(np.where([True, False], [1, 2], [3, 4])))
print(repr(np.where(np.array([[True], [False]]), np.arange(3), -np.arange(3))))
print(repr(np.where(np.array([True, False]), np.array([1, 2], dtype=np.int8), np.array([3, 4], dtype=np.int16))))
print(repr(np.where(x > 100, x, x * 0.5)), repr(np.where(True, 1, 0)))
f = np.array([-2.5, -1.0, 0.0, 0.5, 3.0, 7.25])
print(repr(np.clip(f, -1, 1)), repr(np.clip(f, 0, None)), repr(np.clip(f, None, 2)), repr(f.clip(-0.5, 0.5)))
print(repr(np.clip(x, 2, 4)), repr(np.clip(x, 1.5, 3.5)), repr(np.clip(x, np.array([0, 1, 2, 3, 4, 5]), 3)))
print(repr(np.clip(np.array([1, 200], dtype=np.uint8), 10, 100)), repr(np.clip(np.array([np.nan, 5.0]), 0, 1)))
print(repr(np.clip(a, 1, 4)), repr(np.clip(x, 4, 2)))
out = np.zeros(6, dtype=int)
np.clip(x, 1, 3, out=out)
print(repr(out))
try:
    np.where(x > 2, x)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.where(x > 2, x, np.arange(4))
except Exception as e:
    print(type(e).__name__, e)
