# for loops: else, break, continue, nested targets, iteration over many types.
for i in range(3):
    print("range", i)
else:
    print("for-else ran")

for ch in "abc":
    if ch == "b":
        continue
    print("char", ch)

for n in [1, 2, 3, 4]:
    if n == 3:
        print("break at", n)
        break
else:
    print("not printed")

for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)

for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)

for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)

for k in {"x": 1, "y": 2}:
    print("key", k)

for k, v in {"x": 1, "y": 2}.items():
    print(k, v)

for x in ():
    print("never")
else:
    print("empty loop else")

for i in range(10, 0, -3):
    print(i, end=" ")
print()

grid = []
for r in range(3):
    row = []
    for c in range(3):
        row.append(r * 3 + c)
    grid.append(row)
print(grid)

items = [1, 2, 3]
for x in items:
    x *= 10
print(items)
print(x)

for i in range(3):
    pass
print("i after loop", i)

lst = [0, 0]
for lst[0] in range(3):
    pass
print(lst)
