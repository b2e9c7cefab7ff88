# NumPy 2 scalar types: repr and str, type names, results of indexing arrays.
import numpy as np

vals = [np.float64(1.5), np.float64(0.1), np.float64(1e20), np.float64(-0.0),
        np.float64(1e-7), np.float64(123456789.0), np.float32(0.1), np.float32(1.5),
        np.float32(1e20), np.int64(-5), np.int32(7), np.int8(-128), np.int16(300),
        np.uint8(200), np.uint16(65535), np.uint32(7), np.uint64(2**64 - 1),
        np.bool_(True), np.bool_(False), np.complex128(1 + 2j), np.complex64(0.5 - 1j),
        np.complex128(-0.0 + 0j), np.float64('nan'), np.float64('inf'), np.float64('-inf'),
        np.float32('nan'), np.complex128(complex(1.5, float('inf')))]
for v in vals:
    print(repr(v), str(v), type(v).__name__)

a = np.array([1.25, 2.5])
print(repr(a[0]), type(a[0]).__name__)
print(repr(np.arange(3)[1]), repr(np.array([True])[0]))
print(repr(np.array([1, 2], dtype=np.uint8)[1]))
print([np.int64(1), np.float64(2.0), np.bool_(True)])
print((np.float64(1.0), np.int32(2)))
print({'k': np.float32(2.5)})
print(f"{np.float64(1.5)} {np.int64(3)} {np.float32(0.1)}")
print(f"{np.float64(3.14159):.2f} {np.int64(42):5d}|")
print(repr(np.float64(2.0) + 1), repr(np.int64(2) * 3), repr(np.int64(7) / 2))
print(repr(np.int64(7) // 2), repr(np.int32(7) % 3), repr(-np.int8(5)))
print(repr(np.sum(np.array([1, 2]))), repr(np.mean(np.array([1, 2]))))
print(repr(np.max(np.array([1.5, 2.5], dtype=np.float32))))
print(repr(np.float64(1) == 1), repr(np.int64(3) < 2))
print(repr(np.uint8(250) + np.uint8(10)))
print(np.float64(1.5).item(), type(np.float64(1.5).item()).__name__)
print(np.int64(5).item(), type(np.int64(5).item()).__name__)
print(np.bool_(True).item(), type(np.bool_(True).item()).__name__)
print(np.int64(3).dtype, np.float32(1).dtype, np.bool_(0).dtype, np.complex64(1).dtype)
print(np.float64(2.5).shape, np.float64(2.5).ndim)
