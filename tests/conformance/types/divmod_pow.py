# divmod and pow (including the 3-argument form and negative exponents).
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (17.5, 5), (-17.5, 5), (2 ** 65, 3), (5, 2 ** 65)]:
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(-8, 1 / 3))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7), pow(7, 0, 1), pow(7, 0, 5))
print(pow(3, -1, 7), pow(5, -2, 13), pow(38, -1, 97))
print(pow(10 ** 20, 10 ** 5, 999999937), pow(2, 2 ** 70, 1000000007))
print(2 ** 10, (-2) ** 11, 2 ** 0, 10 ** -3, (-1) ** 1001, 1.5 ** 3, (-1.5) ** 3)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
