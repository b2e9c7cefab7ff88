# Arithmetic ufuncs on int and float arrays, including negative operands for floor_divide/mod/power.
import numpy as np

x = np.array([-7, -3, -1, 0, 2, 5, 9])
y = np.array([2, -2, 3, 4, -3, 3, 4])
fx = x * 0.5
fy = np.array([1.5, -2.0, 0.75, 3.0, -0.5, 2.0, 4.0])
for name, f in [('add', np.add), ('subtract', np.subtract), ('multiply', np.multiply),
                ('divide', np.divide), ('true_divide', np.true_divide),
                ('floor_divide', np.floor_divide), ('mod', np.mod), ('remainder', np.remainder)]:
    print(name, repr(f(x, y)), repr(f(fx, fy)))
    print(' ', f(fx, fy).tolist())
print(repr(np.power(np.array([2, 3, -2, 0]), np.array([0, 3, 3, 5]))))
print(repr(np.power(np.array([2.0, 0.5, -8.0, 9.0]), np.array([-1.0, 2.0, 1.0 / 3.0, 0.5]))))
print(repr(np.power(np.array([1.1, 2.2, 3.3]), 2)), repr(np.power(np.array([4.0, 9.0]), 0.5)))
print(np.power(np.array([1.1, 2.5, 1.0001]), np.array([3.3, 7.0, 10000.0])).tolist())
print(repr(np.power(np.arange(5), 2)), repr(np.power(2, np.arange(5))))
print(repr(np.negative(x)), repr(np.negative(fy)), repr(np.positive(y)), repr(np.absolute(x)))
print(repr(np.absolute(fy)), repr(np.abs(np.array([-1 + 1j, 3 - 4j]))))
print(repr(np.add(1, 2)), repr(np.multiply(2.5, 4)), repr(np.divide(7, 2)), repr(np.floor_divide(-7, 2)))
print(repr(np.mod(-7, 3)), repr(np.mod(7.5, -2)), repr(np.remainder(-0.5, 1.0)))
print(repr(np.add([1, 2], [3, 4])), repr(np.add(np.arange(3), 0.5)), repr(np.subtract(10, np.arange(3))))
print(repr(np.add(np.arange(3)[:, None], np.arange(4))))
c = np.array([1 + 2j, -3 + 0.5j])
d = np.array([2 - 1j, 0.25 + 4j])
print(repr(c + d), repr(c - d), repr(c * d), repr(c / d))
print((c * d).tolist(), (c / d).tolist())
print(repr(np.negative(c)), repr(c ** 2))
f32a = np.array([0.1, 1.7, -2.3], dtype=np.float32)
f32b = np.array([0.3, 0.7, 1.1], dtype=np.float32)
print(repr(f32a + f32b), repr(f32a * f32b), repr(f32a / f32b), repr(f32a // f32b), repr(f32a % f32b))
print((f32a / f32b).tolist())
u = np.array([5, 250], dtype=np.uint8)
print(repr(u // np.uint8(3)), repr(u % np.uint8(7)), repr(u / np.uint8(4)), repr(np.subtract(u, np.uint8(6))))
print(repr(np.array([-7, 7], dtype=np.int8) // np.array([2, -2], dtype=np.int8)))
print(repr(np.array([-7, 7], dtype=np.int8) % np.array([2, -2], dtype=np.int8)))
print(repr(np.array([True, False]) + np.array([True, True])), repr(np.array([True]) * 3))
