def g(*a): 1/0
x = g("é",
  2)
