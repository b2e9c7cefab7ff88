# return: implicit None, multiple values, early returns, returns inside loops and try/finally.
def nothing():
    pass
def explicit_none():
    return None
def bare():
    return
print(nothing(), explicit_none(), bare())
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(multi(), a, b, c)
def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return "none found"
print(first_negative([3, -1, -5]), first_negative([1, 2]))
def finally_wins():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")
print(finally_wins())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def return_in_while():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n
print(return_in_while())
def returns_function():
    def inner():
        return "inner"
    return inner
print(returns_function()())
