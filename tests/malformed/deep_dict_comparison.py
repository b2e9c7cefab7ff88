# Found by fuzzing: comparing dicts nested deeper than the native stack allows overflowed it.
a = {}
b = {}
for i in range(100000):
    a = {"k": a}
    b = {"k": b}
print("built")
print(a == b)
