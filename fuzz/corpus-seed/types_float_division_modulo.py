# Floor division and modulo with floats and mixed int/float operands.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5), (0.3, 0.1), (1.0, 0.1),
         (-0.0, 1.0), (0.0, -1.0), (5.0, 0.5), (1e300, 1e-300), (-1e-300, 1e300), (3, 0.7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
inf = float("inf")
nan = float("nan")
print(5.0 // inf, -5.0 // inf, 5.0 % inf, -5.0 % inf, 5.0 % -inf)
print(inf % 2.0, inf // 2.0, nan % 2.0)
print(divmod(-inf, 3.0), divmod(7.0, inf), divmod(-7.0, inf))
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0.0), (1.5, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("//", type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("%", type(e).__name__, e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("/", type(e).__name__, e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("divmod", type(e).__name__, e)
print(7 / 2, -7 / 2, 1 / 3, 2 / 3, 10 / 5, 1 / 7)
print(2 ** 53 / 3, (2 ** 53 + 1) / 1, 10 ** 30 / 10 ** 10)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, 10 ** 400 / 10 ** 399)
