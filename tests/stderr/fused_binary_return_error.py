# A TypeError raised by the operator of `return a + b` (one fused instruction in mnpy) is
# reported at that expression, with its carets, as CPython reports it.
def add(a, b):
    return a + b


print(add(1, 2))
print(add(1, "two"))
