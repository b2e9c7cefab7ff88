# Comparison, logical and bitwise ufuncs (with shift operators).
import numpy as np

a = np.array([1, 5, 3, 7, 5])
b = np.array([2, 5, 1, 7, 9])
for name, f in [('equal', np.equal), ('not_equal', np.not_equal), ('less', np.less),
                ('less_equal', np.less_equal), ('greater', np.greater), ('greater_equal', np.greater_equal)]:
    print(name, repr(f(a, b)), repr(f(a, 5)), repr(f(a * 1.0, b - 0.5)))
print(repr(a == b), repr(a != 3), repr(a < b), repr(a <= b), repr(a > 4), repr(a >= b))
print(repr(np.array([np.nan, 1.0]) == np.array([np.nan, 1.0])), repr(np.array([1 + 1j]) == 1 + 1j))
print(repr(np.array([-1], dtype=np.int8) < np.array([255], dtype=np.uint8)))
print(repr(np.array([2**63], dtype=np.uint64) > np.array([-1])))
p = np.array([True, True, False, False])
q = np.array([True, False, True, False])
print(repr(np.logical_and(p, q)), repr(np.logical_or(p, q)), repr(np.logical_xor(p, q)), repr(np.logical_not(p)))
print(repr(np.logical_and(np.array([0, 1, 2]), np.array([3.0, 0.0, -1.0]))), repr(np.logical_not(np.array([0.0, 0.5]))))
print(repr(np.logical_or(0, np.arange(3))), repr(np.logical_xor(np.array([1, 0]), 1)))
print(repr(p & q), repr(p | q), repr(p ^ q), repr(~p))
i = np.array([12, -5, 0, 255, 7])
j = np.array([10, 3, -1, 15, 2])
print(repr(np.bitwise_and(i, j)), repr(np.bitwise_or(i, j)), repr(np.bitwise_xor(i, j)), repr(np.invert(i)))
print(repr(i & j), repr(i | j), repr(i ^ j), repr(~i), repr(i & 0xF), repr(3 | i))
u = np.array([1, 2, 128, 255], dtype=np.uint8)
print(repr(~u), repr(u & np.uint8(0x0F)), repr(u ^ np.uint8(0xFF)), repr(np.invert(np.array([0, 1], dtype=np.uint16))))
print(repr(np.left_shift(np.array([1, 3, 5]), 2)), repr(np.right_shift(np.array([16, -16, 7]), np.array([1, 2, 3]))))
print(repr(i << 1), repr(i >> 2), repr(1 << np.arange(5)), repr(np.array([-1], dtype=np.int16) >> 15))
print(repr(np.bitwise_and(np.array([True, False]), np.array([True, True]))), repr(np.invert(np.array([True, False]))))
print(repr(np.array([5], dtype=np.int8) & np.array([3], dtype=np.uint8)))
