# NEP 50: Python int/float/complex scalars are weak; NumPy scalars are strong.
import numpy as np

for dt in ['int8', 'uint8', 'int16', 'int32', 'uint32', 'int64', 'uint64', 'float32',
           'float64', 'complex64', 'bool']:
    a = np.ones(3, dtype=dt)
    print(dt, (a + 1).dtype, (a + 1.0).dtype, (a + 1j).dtype, (a * True).dtype,
          (a + np.int64(1)).dtype, (a + np.float64(1)).dtype, (a + np.float32(1)).dtype)

a8 = np.array([100, 120], dtype=np.int8)
print(a8 + 27, (a8 + 27).dtype)
print(a8 * 2)
u8 = np.array([200, 250], dtype=np.uint8)
print(u8 + 10)
print(u8 - 1)
try:
    print(u8 + 300)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a8 + 128)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(u8 + (-1))
except Exception as e:
    print(type(e).__name__, e)
f32 = np.array([0.1, 0.2], dtype=np.float32)
print(f32 + 0.1, (f32 + 0.1).dtype)
print(f32 * 3, f32 / 3)
print((f32 + np.float64(0.1)).dtype)
print(repr(np.float32(3) + 3.0), repr(np.float32(3) + np.float64(3)))
print(repr(np.int8(3) + 3), repr(np.int8(3) + np.int16(3)), repr(np.uint8(3) + 3.5))
print(repr(np.int32(5) * 2.0), repr(np.int16(5) + 1j))
print(repr(np.int64(10) + True), repr(np.bool_(True) + 1), repr(np.bool_(True) + np.bool_(True)))
print((np.arange(3) + 2**62).dtype, np.arange(3, dtype=np.uint64) + 5)
print((np.array([1, 2], dtype=np.int16) ** 2).dtype, (np.array([1, 2], dtype=np.int16) ** 2.0).dtype)
print(np.array([1, 2], dtype=np.float32) ** 2)
print(np.maximum(np.array([1, 2], dtype=np.int8), 5).dtype)
print(np.where(np.array([True, False]), np.array([1, 2], dtype=np.int8), 0).dtype)
