# Float division by zero, inf/nan propagation, errstate; the warning text goes to stderr.
import numpy as np

a = np.array([1.0, -1.0, 0.0, 2.5])
print(a / 0.0)
print(np.divide(a, np.zeros(4)))
print(a // 0.0)
print(a % 0.0)
print(np.log(np.array([0.0, 1.0, -1.0])))
print(np.sqrt(np.array([-1.0, 4.0])))
with np.errstate(divide='ignore', invalid='ignore'):
    print(np.array([1.0, 0.0]) / 0.0)
    print(np.log(np.array([0.0])))
with np.errstate(all='ignore'):
    print(np.array([1e308]) * 10, np.array([-1e308]) * 10)
inf = np.inf
nan = np.nan
b = np.array([inf, -inf, nan, 0.0, -0.0])
print(b + 1, b * 0, b - b)
print(b == b, b != b, b < inf, b > -inf)
print(np.isnan(b), np.isinf(b), np.isfinite(b))
print(np.maximum(b, 0.0), np.minimum(b, 0.0), np.fmax(b, 0.0), np.fmin(b, 0.0))
print(np.sum(b), np.max(b), np.min(b), np.max(b[~np.isnan(b)]))
print(np.sign(b), np.abs(b))
print(1.0 / np.array([-0.0, 0.0]))
print(np.array([0.0]) / np.array([0.0]))
i = np.array([1, 2, 0])
print(i / 0, i // np.array([0, 1, 0]), i % np.array([0, 1, 0]))
print(np.array([5], dtype=np.int8) // np.array([0], dtype=np.int8))
print(np.float64(1.0) / np.float64(0.0), np.float64(0.0) / np.float64(0.0))
print(np.float32(1e38) * np.float32(10))
with np.errstate(over='ignore'):
    print(np.exp(np.array([1000.0, -1000.0])))
