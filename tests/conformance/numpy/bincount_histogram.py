# bincount (weights, minlength) and histogram (bins as int or edges, range, density).
import numpy as np

x = np.array([0, 1, 1, 3, 2, 1, 7])
print(repr(np.bincount(x)), repr(np.bincount(x, minlength=10)), repr(np.bincount(x, minlength=3)))
print(repr(np.bincount(x, weights=np.array([0.5, 1.0, 1.0, 2.0, 0.25, 1.0, 3.0]))), repr(np.bincount(np.array([], dtype=int))))
print(repr(np.bincount(np.array([2, 2], dtype=np.uint8))), repr(np.bincount(x, weights=np.arange(7))))
d = np.array([1.0, 2.0, 2.0, 3.5, 4.0, 5.5, 7.0, 7.0, 9.9, 10.0])
for bins in [1, 3, 4, 10]:
    h, e = np.histogram(d, bins=bins)
    print(bins, repr(h), repr(e), e.tolist())
h, e = np.histogram(d, bins=[0, 2, 5, 10])
print(repr(h), repr(e))
h, e = np.histogram(d, bins=5, range=(0, 20))
print(repr(h), repr(e))
h, e = np.histogram(d, bins=4, density=True)
print(repr(h), h.tolist(), repr(e))
h, e = np.histogram(np.arange(10), bins=3)
print(repr(h), repr(e))
h, e = np.histogram(np.array([5, 5, 5]))
print(repr(h), repr(e))
h, e = np.histogram(np.array([0.1, 0.2, 0.3, 0.7]) * 3, bins=np.array([0.0, 0.5, 1.0, 1.5, 2.0, 2.5]))
print(repr(h), repr(e))
h, e = np.histogram(np.linspace(0, 1, 101), bins=7)
print(repr(h), e.tolist())
h, e = np.histogram(np.array([], dtype=float), bins=2)
print(repr(h), repr(e))
for bad in [lambda: np.bincount(np.array([-1, 2])), lambda: np.bincount(np.array([1.5])), lambda: np.histogram(d, bins=[3, 1]),
            lambda: np.bincount(x, weights=np.ones(3))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
