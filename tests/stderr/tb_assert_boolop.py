x = 0
assert x == 1 or x == 2, "m"
