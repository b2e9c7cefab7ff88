def g(*a):
    return 1/0
x = g(1,
      2,
      3)
