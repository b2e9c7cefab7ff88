# round / around / ndarray.round with positive, zero and negative decimals.
import numpy as np

v = np.array([0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 123.456, -987.654321])
for d in [0, 1, 2, 3, -1, -2]:
    print(d, repr(np.round(v, d)), np.round(v, d).tolist())
print(repr(np.around(v)), repr(v.round(1)), repr(np.round(v.astype(np.float32), 2)))
i = np.array([15, 25, -35, 1234, 5])
print(repr(np.round(i)), repr(np.round(i, -1)), repr(np.round(i, -2)), repr(np.round(i, 2)))
print(repr(np.round(np.array([1 + 2.55j, -0.5 + 1.5j]), 1)), repr(np.round(2.5)), repr(np.round(np.float64(3.14159), 3)))
print(repr(np.round(np.array([1e300, np.inf, np.nan]), 2)), repr(np.round(np.array([0.1 + 0.2]), 15)))
print(repr(np.round(np.array([250], dtype=np.uint8), -1)))
print(repr(round(np.float64(2.5))), repr(round(np.float64(0.125), 2)), repr(round(np.float32(1.25), 1)))
