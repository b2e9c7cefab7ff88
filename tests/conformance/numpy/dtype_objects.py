# np.dtype objects: construction from types, strings and Python types; name/itemsize/kind/char/str.
import numpy as np

specs = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16,
         np.uint32, np.uint64, np.float32, np.float64, np.complex64, np.complex128]
for s in specs:
    d = np.dtype(s)
    print(d.name, d.itemsize, d.kind, d.char, d.str, repr(d), str(d))

strings = ['f8', '<i4', 'float32', 'int', 'float', 'complex', 'bool', 'i1', 'u2',
           'u8', 'c8', 'c16', 'f4', 'int64', 'uint32', '?', 'b', 'B', 'h', 'H', 'i', 'I',
           'l', 'L', 'q', 'Q', 'f', 'd', 'F', 'D', 'float64', 'complex128', 'int8']
for s in strings:
    d = np.dtype(s)
    print(repr(s), d.name, d.itemsize, d.str)

for t in [int, float, bool, complex]:
    d = np.dtype(t)
    print(t.__name__, d.name, d.kind)

print(np.dtype('f8') == np.float64)
print(np.dtype('i4') == np.dtype(np.int32))
print(np.dtype(float) == 'float64')
print(np.dtype('int32') == np.dtype('int64'))
print(np.float64 == np.dtype('f8').type)
print(np.dtype('f4').type.__name__)
print(np.array([1, 2]).dtype, np.array([1.0]).dtype, np.array([True]).dtype, np.array([1j]).dtype)

for bad in ['f3', 'int128', 'xyz']:
    try:
        np.dtype(bad)
    except Exception as e:
        print(type(e).__name__, e)
