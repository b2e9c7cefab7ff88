# round(): banker's rounding for ints and floats, ndigits positive/negative/None.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, 1e16 + 0.5]:
    print(v, round(v), round(v, 0), round(v, 2), round(v, 1))
print(round(12345, -1), round(12345, -2), round(15, -1), round(25, -1), round(-25, -1), round(35, -1))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-0.4), round(-0.6))
print(round(7), round(7, 3), round(-7, -1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(3.14159, 3), round(2.0 / 3, 5), round(1e300, -299), round(123.456, -1), round(5e-324, 400))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(1.23456789e-7, 10))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0), round(-0.0, 1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(round(True), round(10 ** 20 + 5, -1), round(2 ** 70 / 3))
