# int() and float() conversions from strings and numbers, with bases.
print(int("42"), int("-42"), int("  7\n"), int("1_000"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("17", 0))
print(int("777", 8), int("101", 2), int("z", 36), int("Zz", 36), int("10", 3))
print(int(3.99), int(-3.99), int(1e18), int(True), int(" -12 "))
print(int(), float(), int(2 ** 80), int(-0.0))
bad = ["", "abc", "1.5", "1e3", "0x10", "--1", "1 2", "_1", "1__0"]
for text in bad:
    try:
        int(text)
    except ValueError as e:
        print(type(e).__name__, e)
for text, base in [("12", 2), ("g", 16), ("0b2", 0), ("010", 0)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("1,5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
print(float("1e-3"), float(3), float("  -0  "), float(2 ** 63), float("12345678901234567890"))
