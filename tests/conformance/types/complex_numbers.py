# complex: literals, arithmetic, repr rules, attributes, errors.
z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(1j, -1j, 0j, 1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j))
print(complex(1, 2), complex(2), complex("3+4j"), complex("-1.5j"), complex(" 2 "), complex(1.5, -0.0))
print(complex(0, 0), complex(-0.0, 0), complex(-0.0, -0.0), complex(0.0, -0.0))
print(1 + 0j, 1.5 + 2.5j, 1e20 + 1e-20j, 1e16j, 1e15j, 0.1j + 0.2j)
print(z + 1, z - 1.5, 2 * z, z * 0.5, z / 2, z ** 2, z ** 0.5, 2 ** z)
print(z == 3 + 4j, z != 3, (1 + 0j) == 1, 1.0 + 0j == 1.0)
print(complex("inf+nanj"), complex(float("inf"), 1), complex(float("nan"), float("-inf")))
print(-z, +z, abs(-3j), (2j) ** 2, (1 + 1j) ** 3)
print([1j, 2 + 0j], (3j,), {"c": -1 - 1j})
print(type(z).__name__, isinstance(z, complex), z.__class__.__name__)
print(divmod.__name__)
try:
    print(z < 1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(z // 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(z % 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(int(z))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(float(z))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(z / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(complex("1+2"))
except ValueError as e:
    print(type(e).__name__, e)
print(0j ** 0, (1 + 2j) ** 0, 0j ** 2)
print(round(abs(1 + 1j), 12), (1 + 1j) * 1j)
