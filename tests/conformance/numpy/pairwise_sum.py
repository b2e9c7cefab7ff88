# Float sums must match NumPy's pairwise summation bit for bit (repr shows all digits).
import numpy as np

for n in [1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 100, 127, 128, 129, 200, 255, 256, 257, 511, 1000, 1023, 1024, 1025, 4097, 10001]:
    x = np.arange(n) * 0.1
    print(n, repr(x.sum()), repr(np.sum(x[::2])), repr(x.mean()))
for n in [10, 100, 1000, 5000]:
    y = np.linspace(0, 1, n)
    print(n, repr(np.sum(y)), repr(np.sum(y * y)), repr(np.sum(1.0 / (y + 1.0))))
z = (np.arange(3000) * 0.001).reshape(3, 1000)
print(repr(z.sum()), z.sum(axis=1).tolist(), z.sum(axis=0)[:5].tolist())
print(repr(z.T.sum()), z.T.sum(axis=0).tolist())
w = np.arange(2000, dtype=np.float32) * np.float32(0.1)
print(repr(w.sum()), repr(w[::3].sum()), repr(w.mean()))
v = np.arange(600) * 0.37
print(repr(np.add.reduce(v)), repr(v.reshape(20, 30).sum(axis=1)[7]), repr(v.reshape(30, 20).sum(axis=0)[3]))
print(repr(np.sum(np.arange(1, 1001) ** -2.0)), repr(np.sum(np.sin(np.arange(500)))))
c = np.arange(300) * (0.1 + 0.2j)
print(repr(c.sum()))
