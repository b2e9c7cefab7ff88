# repr/str of floats: shortest round-trip digits, CPython's exponent switch points.
values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.675, 100.0, 1e15, 1e16, 1.5e16, 9999999999999998.0,
          12345678.9, 0.001, 0.0001, 0.00001, 1.23e-5, 123e-7, 1e22, 1e23, 1.7976931348623157e308,
          5e-324, 2.2250738585072014e-308, 1 / 3, 2 / 3, 0.1 * 3, 100 / 7, 1e100, 1.1e-100,
          3.0e-10, 4.35, 0.3, 1234567890123456.7, 123456789012345678.0, 2 ** 0.5, 3.14159,
          -2.5e-7, 6.02214076e23, 6.62607015e-34, float(2 ** 53), float(2 ** 53 + 1), 0.1 + 0.7]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print([1.0, 0.1, float("inf")], (1e16, 1e-5))
print(float("1e500"), float("-1e500"), float("1e-500"))
print(float(" 1.5 "), float("1_000.5"), float("-.5"), float("+3."), float("INF"), float("-Infinity"), float("nan"))
print(1.0 * 10 ** 16, 10.0 ** 15, 10.0 ** 16, 10.0 ** -4, 10.0 ** -5)
for text in ["abc", "1.5.5", "", "1e", "0x10"]:
    try:
        float(text)
    except ValueError as e:
        print(type(e).__name__, e)
