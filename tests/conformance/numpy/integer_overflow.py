# Integer arithmetic wraps around like C fixed-width integers (arrays; no error raised).
import numpy as np

a = np.array([127, -128, 100], dtype=np.int8)
print(a + np.int8(1), a - np.int8(1), a * np.int8(2), -a)
u = np.array([0, 1, 255], dtype=np.uint8)
print(u - np.uint8(1), u + np.uint8(1), u * np.uint8(3))
i32 = np.array([2147483647, -2147483648], dtype=np.int32)
print(i32 + np.int32(1), i32 * np.int32(2), abs(i32))
i64 = np.array([9223372036854775807, -9223372036854775808])
print(i64 + 1, i64 - 1, i64 * 3)
u64 = np.array([18446744073709551615, 0], dtype=np.uint64)
print(u64 + np.uint64(1), u64 - np.uint64(1))
print(np.arange(1, 25, dtype=np.int64).prod(), np.arange(1, 15, dtype=np.int32).prod())
print(np.cumprod(np.arange(1, 12, dtype=np.int16)))
print(np.cumsum(np.full(6, 100, dtype=np.int8)))
print(np.sum(np.full(10, 200, dtype=np.uint8)), np.sum(np.full(10, 200, dtype=np.uint8)).dtype)
print(np.sum(np.full(10, 100, dtype=np.int8), dtype=np.int8))
print(np.array([2], dtype=np.int8) ** 7, np.array([3], dtype=np.int64) ** 40)
print(np.array([-128], dtype=np.int8) // np.array([-1], dtype=np.int8))
print(np.left_shift(np.array([1], dtype=np.int8), 7), np.array([1], dtype=np.uint8) << 9)
print(np.array([1000], dtype=np.int16).astype(np.int8), np.array([-1]).astype(np.uint64))
x = np.array([250], dtype=np.uint8)
x += 10
print(x)
y = np.array([120], dtype=np.int8)
y *= 3
print(y)
print(np.abs(np.array([-128], dtype=np.int8)), np.negative(np.array([0, 5], dtype=np.uint8)))
