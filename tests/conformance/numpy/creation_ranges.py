# arange (int and float steps, NumPy's length rule) and linspace (endpoint, retstep).
import numpy as np

print(repr(np.arange(5)), repr(np.arange(2, 9)), repr(np.arange(10, 0, -3)))
print(repr(np.arange(0, 1, 0.1)), len(np.arange(0, 1, 0.1)))
print(repr(np.arange(1, 2, 0.3)), repr(np.arange(0.5, 3)))
print(repr(np.arange(1.0, 1.3, 0.1)), len(np.arange(1.0, 1.3, 0.1)))
print(repr(np.arange(0, 5, 0.5, dtype=np.float32)))
print(repr(np.arange(5, dtype=float)), repr(np.arange(3, dtype=np.uint8)))
print(repr(np.arange(5, 2)), repr(np.arange(0, -5, -1)), repr(np.arange(-3, 3, 2)))
print(repr(np.arange(0, 10, 2.5)), repr(np.arange(10.0, 0.0, -2.5)))
print(repr(np.arange(3, dtype=np.complex128)))
print(repr(np.arange(0.0, 0.3, 0.1)), repr(np.arange(0.1, 0.4, 0.1)))
print(repr(np.arange(True, 4)), np.arange(np.int32(4)).dtype)
for n in [1, 2, 3, 5, 7, 10]:
    print(n, repr(np.linspace(0, 1, n)))
print(repr(np.linspace(2.0, 3.0, num=5, endpoint=False)))
s, step = np.linspace(0, 10, 4, retstep=True)
print(repr(s), repr(step))
s2, step2 = np.linspace(1, 2, 5, endpoint=False, retstep=True)
print(repr(s2), repr(step2))
print(repr(np.linspace(-1, 1, 9)), repr(np.linspace(5, 5, 3)))
print(repr(np.linspace(0, 1, 0)), repr(np.linspace(1, 0, 6)))
print(repr(np.linspace(0, 10, 6, dtype=int)), repr(np.linspace(0, 1, 3, dtype=np.float32)))
print(repr(np.linspace(0.1, 0.7, 7)))
try:
    np.arange(0, 5, 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.linspace(0, 1, -2)
except Exception as e:
    print(type(e).__name__, e)
