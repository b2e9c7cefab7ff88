# A small whole program: Mandelbrot escape counts with complex arrays, masks and masked updates.
import numpy as np

xs = np.linspace(-2.0, 0.5, 26)
ys = np.linspace(-1.0, 1.0, 11)
c = xs[None, :] + 1j * ys[:, None]
z = np.zeros_like(c)
counts = np.zeros(c.shape, dtype=np.int32)
for i in range(30):
    inside = np.abs(z) <= 2.0
    z[inside] = z[inside] * z[inside] + c[inside]
    counts[inside] += 1
chars = ' .:-=+*#%@'
for row in counts:
    print(''.join([chars[v] for v in np.minimum(row // 3, 9)]))
print(repr(counts.sum()), repr(counts.mean()), repr(np.bincount(counts.ravel())[-1]))
print(repr(np.abs(z[5, ::5])))
