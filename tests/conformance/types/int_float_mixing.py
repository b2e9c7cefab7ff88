# Arithmetic mixing int, float, bool and the resulting types.
print(1 + 2.0, type(1 + 2.0).__name__, 3 * 0.5, 7 - 0.5, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(True + 1, True + 1.5, False * 3.0, type(True + True).__name__)
print(10 / 2, type(10 / 2).__name__, 10 // 2.0, type(10 // 2.0).__name__)
print(2 ** -2, type(2 ** -2).__name__, 2 ** 2, type(2 ** 2).__name__, 0 ** 0, 0.0 ** 0)
print((-8) ** (1 / 3))
print(1 == 1.0, hash(1) == hash(1.0), hash(2.5) == hash(2.5))
print(0.1 + 0.2, 0.1 + 0.2 - 0.3, 1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(3 * 1.1, 1.1 * 3, 1.1 + 1.1 + 1.1)
print(int(3.9), int(-3.9), int(3.5), int(-0.5), float(7), float(-0))
print(abs(-3), abs(-3.5), abs(-0.0), abs(True))
print(max(1, 2.0), max(2.0, 1), min(1, 1.0), min(1.0, 1), max(True, 1))
print(sum([1, 2.5, True]), sum([0.1] * 10), sum([1, 2, 3], 0.0))
print(10 ** 20 + 0.5, 10 ** 20 * 1.0, 7 / 7.0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 10, 1e-323 / 10)
inf = float("inf")
nan = float("nan")
print(inf - inf, inf * 0, nan == nan, nan != nan, nan < 1, inf > 10 ** 400, -inf < -(10 ** 400))
print(2.0 ** 1023, 0.5 ** 1074, 0.5 ** 1075)
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(int.__name__, float.__name__, (1).__class__.__name__)
print((2.5).is_integer(), (2.0).is_integer(), (10).bit_length(), (-255).bit_length(), (0).bit_length())
print((3.75).as_integer_ratio(), (0.1).as_integer_ratio(), (5).as_integer_ratio() if hasattr(5, "as_integer_ratio") else None)
print((7).conjugate(), (1.5).real, (1.5).imag, (9).real, (9).imag)
