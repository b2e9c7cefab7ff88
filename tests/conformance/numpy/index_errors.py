# Error types and messages: bad reshape, broadcast mismatch, out-of-bounds and too many indices, TypeError.
import numpy as np

a = np.arange(6)
m = a.reshape(2, 3)
cases = [
    lambda: a.reshape(4, 2),
    lambda: a.reshape(-1, 4),
    lambda: m.reshape((3, 3)),
    lambda: np.arange(0).reshape(2, -1),
    lambda: a + np.arange(4),
    lambda: m + np.arange(2),
    lambda: m * np.ones((3, 2)),
    lambda: np.ones((2, 3, 4)) - np.ones((3, 3)),
    lambda: a[6],
    lambda: a[-7],
    lambda: m[2],
    lambda: m[0, 3],
    lambda: m[1, -4],
    lambda: m[0, 0, 0],
    lambda: a[0, 1],
    lambda: np.array(5)[0],
    lambda: a['x'],
    lambda: a[1.5],
    lambda: a[[1.5]],
    lambda: m[:, :, :],
    lambda: np.add(a, 1, out=np.zeros(3)),
    lambda: np.dot(m, m),
    lambda: m @ np.ones(2),
    lambda: np.zeros((2, 2)).reshape(5),
    lambda: np.concatenate([a, m]),
    lambda: a.sum(axis=1),
    lambda: m.mean(axis=-3),
    lambda: np.ones(3, dtype=np.float64) & 1,
    lambda: ~np.ones(2),
    lambda: np.zeros(3)[None, None, None, None, 5],
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, 'no error', repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)
b = np.zeros(3)
try:
    b[1:3] = np.ones(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    b[:] = np.ones((2, 3))
except Exception as e:
    print(type(e).__name__, e)
try:
    b += np.ones(2)
except Exception as e:
    print(type(e).__name__, e)
