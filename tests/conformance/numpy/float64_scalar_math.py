# float64 scalar arithmetic with float64 scalars, Python floats and Python ints (the direct
# path), including results that overflow, underflow, divide by zero or are invalid (the general
# path with np.errstate), and element reads by integer indices.
import numpy as np

x = np.arange(6) * 0.25
a = x[3]
b = x[-1]
print(repr(a), repr(b), type(a).__name__)
print(repr(a + b), repr(a - 1), repr(2 * a), repr(a / 3), repr(1.5 - b), repr(b / 0.1))
print(repr(a + 2**53), repr(a + 2**60), repr(a * True), repr(3 / a))
big = np.float64(1e300)
tiny = np.float64(1e-300)
with np.errstate(all="raise"):
    for name, f in [
        ("overflow", lambda: big * 1e10),
        ("divide", lambda: big / 0.0),
        ("invalid", lambda: np.float64(0.0) / 0),
        ("zero", lambda: a - a),
    ]:
        try:
            print(name, repr(f()))
        except FloatingPointError as e:
            print(name, "FloatingPointError:", e)
with np.errstate(all="ignore"):
    print(repr(big * 1e10), repr(tiny * 1e-300), repr(big / 0.0), repr(np.float64(0.0) / 0))
print(repr(np.float64("inf") - 1), repr(np.float64("nan") * 2))
m = np.arange(12.0).reshape(3, 4)
print(repr(m[1, 2]), repr(m[-1, -1]), repr(m[0][3]), m[2].sum())
for key in [(3, 0), (0, 4), (-4, 0), (1,)]:
    try:
        print(key, m[key])
    except IndexError as e:
        print(key, "IndexError:", e)
total = 0.0
for i in range(x.shape[0]):
    total += x[i] * x[i] + 0.5 / (x[i] + 1)
print(repr(total), type(total).__name__)
i32 = np.arange(3, dtype=np.int32)
print(repr(i32[1] + 1.5), repr(np.float32(1.5) * 2.0), repr(np.float64(2) ** 0.5))
