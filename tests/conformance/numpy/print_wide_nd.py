# Line wrapping at width 75 for wide rows, and 3-d / 4-d nesting with blank lines between blocks.
import numpy as np

print(np.arange(30))
print(repr(np.arange(30)))
print(np.arange(30) * 1000)
print(repr(np.arange(40) * 0.1))
print(np.arange(40).reshape(2, 20))
print(repr(np.arange(40).reshape(2, 20)))
print(repr(np.arange(40.0).reshape(4, 10) / 7))
print(repr(np.arange(26, dtype=np.int8)))
print(repr(np.arange(25) > 12))
print(np.arange(24).reshape(2, 3, 4))
print(repr(np.arange(24).reshape(2, 3, 4)))
print(repr(np.arange(16).reshape(2, 2, 2, 2)))
print(np.arange(16.0).reshape(2, 2, 2, 2) / 3)
print(repr(np.arange(60).reshape(3, 4, 5) * 1.5))
print(repr(np.arange(30).reshape(1, 2, 15) * (1 + 1j)))
print(repr(np.ones((1, 1, 1, 1))))
