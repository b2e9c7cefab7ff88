# A short tour of mnpy: plain Python and NumPy-style arrays, printed exactly as CPython + NumPy do.
import math
import numpy as np


def mandelbrot_row(y, width, max_iter=50):
    row = []
    for i in range(width):
        c = complex(-2.0 + 2.6 * i / width, y)
        z = 0j
        n = 0
        while abs(z) <= 2 and n < max_iter:
            z = z * z + c
            n += 1
        row.append(n)
    return row


rows = [mandelbrot_row(-1.2 + 2.4 * j / 12, 48) for j in range(12)]
for r in rows:
    print("".join(" .:-=+*#%@"[min(n // 5, 9)] for n in r))

primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(math.isqrt(n)) + 1))]
print(f"{len(primes)} primes below 60, the last {primes[-3:]}; pi ~ {math.pi:.6f}")

a = np.arange(12, dtype=np.float64).reshape(3, 4)
print(a)
print(a.sum(axis=0), a.mean(), a.T.shape)
b = a[:, ::2]
b[0, 0] = 100.0
print(a[0], np.sqrt(a[1]))
np.random.seed(0)
print(np.random.rand(3))
