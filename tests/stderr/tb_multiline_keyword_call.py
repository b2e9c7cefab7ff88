def g(**k):
    return k["z"]
v = g(a=1,
      b=2)
