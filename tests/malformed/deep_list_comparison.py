# Found by fuzzing: comparing lists nested deeper than the native stack allows overflowed it.
# Element comparisons count against the recursion limit (CPython: "in comparison").
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
print("built")
print(a == b)
