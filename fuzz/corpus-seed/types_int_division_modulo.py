# Floor division and modulo with every sign combination (ints).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7, -(10 ** 20) % 7)
print((-2 ** 63) // -1, (-2 ** 63) % -1)
print(5 // 1, -5 // 1, 5 % 1)
for a, b in [(1, 0), (0, 0), (-5, 0)]:
    for op in ("//", "%", "/", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            elif op == "/":
                a / b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
