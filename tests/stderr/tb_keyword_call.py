def g(a): return 1/0
v = g(a=1) + 2
