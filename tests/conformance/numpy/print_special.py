# Printing nan/inf, empty arrays of every shape, 0-d arrays, and -0.0.
import numpy as np

for a in [np.array([np.nan, 1.0]), np.array([np.inf, -np.inf, 0.5]), np.array([np.nan, np.inf]),
          np.array([[np.nan], [1e10]]), np.array([np.nan, 1e-10]), np.array([-np.inf, 1.25e5]),
          np.array([np.nan], dtype=np.float32), np.array([complex(np.nan, 1), complex(1, np.inf)]),
          np.array([np.nan, 0.1, 123456789.0])]:
    print(str(a), repr(a))
for shape in [(0,), (0, 3), (3, 0), (2, 0, 4), (0, 0)]:
    z = np.zeros(shape)
    print(shape, str(z), repr(z), repr(np.zeros(shape, dtype=int)), repr(np.zeros(shape, dtype=bool)))
for v in [np.array(5), np.array(-2.5), np.array(True), np.array(1 + 2j), np.array(np.nan), np.array(1e-10),
          np.array(3, dtype=np.uint8), np.array(0.1, dtype=np.float32), np.array(123456789.0), np.array(-0.0)]:
    print(str(v), repr(v), v.shape)
print(repr(np.array([-0.0, 1.0])), repr(np.array([-0.0])), repr(np.array([0.0, -0.0, -1e-20])))
print(np.array([[]]), np.array([[[]]]), repr(np.array([[[]]])))
print(repr(np.array([1e-300, 1e300])), repr(np.array([5e-324, 1.0])), repr(np.array([1.7976931348623157e308])))
