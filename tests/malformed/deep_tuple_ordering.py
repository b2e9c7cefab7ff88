# Found by fuzzing: ordering tuples nested deeper than the native stack allows overflowed it
# (the element equality test before the ordering recursed without a depth limit).
a = (1,)
b = (2,)
for i in range(100000):
    a = (a,)
    b = (b,)
print("built")
print(a < b)
