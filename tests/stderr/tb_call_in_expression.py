def g():
    raise ValueError("x")
x = g() + 1
