# repr shows dtype= for non-default dtypes (including on its own line after wrapping); str never does.
import numpy as np

for dt in ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
           'float32', 'float64', 'complex64', 'complex128']:
    a = np.arange(4).astype(dt)
    print(dt, repr(a), str(a))
    print(repr(a.reshape(2, 2)))
    print(repr(np.zeros(0, dtype=dt)), repr(np.zeros((2, 0), dtype=dt)))
    print(repr(np.arange(24).astype(dt)))
print(repr(np.array([0.1, 0.25, 1 / 3], dtype=np.float32)), str(np.array([0.1, 1 / 3], dtype=np.float32)))
print(repr(np.array([1e20, 1.5], dtype=np.float32)), repr(np.array([16777217.0], dtype=np.float32)))
print(repr(np.array([255, 0], dtype=np.uint8)), repr(np.array([-128, 127], dtype=np.int8)))
print(repr(np.array([2**64 - 1], dtype=np.uint64)), repr(np.array([-2**31], dtype=np.int32)))
print(repr(np.arange(16, dtype=np.int16).reshape(2, 8) * 1000))
print(repr(np.linspace(0, 1, 9, dtype=np.float32)))
