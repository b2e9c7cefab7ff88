def f():
  x = 1
  return x + "s" if x else 0
f()
