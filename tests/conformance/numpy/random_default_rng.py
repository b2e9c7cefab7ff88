# np.random.default_rng(seed) (PCG64): random, integers, normal, uniform streams.
import numpy as np

rng = np.random.default_rng(42)
print(rng.random(5).tolist())
print(rng.random((2, 2)).tolist(), repr(rng.random() < 1.0))
print(repr(rng.integers(10, size=8)), repr(rng.integers(-5, 5, size=(2, 3))), repr(rng.integers(100)))
print(repr(rng.integers(0, 2**40, size=3)), repr(rng.integers(1, 7, size=10, endpoint=True)))
print(repr(rng.integers(0, 1000, size=4)), repr(rng.integers(-3, 3, size=6)))
print(rng.normal(size=4).tolist(), rng.normal(10, 0.5, size=3).tolist(), repr(rng.normal()))
print(rng.uniform(size=3).tolist(), rng.uniform(-2, 3, size=(2, 2)).tolist(), repr(rng.uniform(5, 6)))
rng2 = np.random.default_rng(12345)
print(repr(rng2.random(3)), repr(rng2.integers(0, 2, size=12)), repr(rng2.normal(size=2)))
r3 = np.random.default_rng(0)
y = r3.normal(size=2000)
print(repr(y.mean()), repr(y.std()))
z = r3.random(1000)
print(repr(z.sum()), repr(z.max()))
a = np.random.default_rng(7).random(3)
b = np.random.default_rng(7).random(3)
print(repr(np.array_equal(a, b)), repr(rng.random(0)))
print(type(rng).__name__, type(rng.random()).__name__, type(rng.integers(5)).__name__)
for bad in [lambda: rng.integers(5, 5), lambda: rng.integers(3, 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
