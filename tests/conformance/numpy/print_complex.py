# Printing complex64 and complex128 arrays: alignment of real and imaginary parts, signs, exponents.
import numpy as np

for a in [np.array([1 + 2j, -3.5 - 0.25j]), np.array([1j, 2j]), np.array([0j]), np.array([1 + 0j, 1e-5j]),
          np.array([1e10 + 1j, 1 - 1e10j]), np.array([[1 + 1j, 2], [3j, -4]]), np.array([0.1 + 0.2j, 1 / 3 - 2j / 3]),
          np.array([-0.0 - 0.0j, 1.5 + 0j]), np.array([1 + 2j, 3 + 4j], dtype=np.complex64),
          np.array([0.1 + 0.7j], dtype=np.complex64), np.arange(6).reshape(2, 3) * (1 + 1j)]:
    print(str(a))
    print(repr(a))
print(repr(np.array([complex(1, np.inf), complex(-np.inf, np.nan)])))
print(repr(np.linspace(0, 1, 7) + 1j * np.linspace(1, 0, 7)))
print(repr(np.array(1 + 1j, dtype=np.complex64)), repr(np.complex64(1.5 - 2j)), repr(np.complex128(1e-20 + 1e20j)))
