def a(x): return b(x)
def b(x): return c(x) + 1
def c(x): return x["k"]
a({})
