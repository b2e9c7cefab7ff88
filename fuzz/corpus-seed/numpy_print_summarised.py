# Summarisation with '...' above 1000 elements (edge items 3) in 1-d, 2-d and 3-d arrays.
import numpy as np

print(np.arange(1000))
print(repr(np.arange(1001)))
print(np.arange(1001))
print(repr(np.arange(2000) * 0.5))
print(repr(np.arange(5000).reshape(50, 100)))
print(np.arange(5000).reshape(100, 50))
print(repr(np.arange(3000).reshape(10, 10, 30)))
print(repr(np.arange(1100).reshape(1100, 1)))
print(repr(np.arange(2002).reshape(2, 1001)))
print(repr(np.linspace(0, 1, 1500)))
print(repr(np.arange(1200) % 2 == 0))
print(repr(np.arange(1500, dtype=np.float32) / 3))
print(repr(np.arange(1024, dtype=np.uint8)))
print(repr(np.arange(1010) * (1 + 2j)))
a = np.arange(1001) * 1.0
a[500] = 1e10
print(repr(a))
