def f(a, b, c):
    return a / b + c
f(1, 0, 2)
