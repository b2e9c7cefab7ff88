# Lists: construction, indexing, concatenation, repetition, comparison, nesting, aliasing.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a + [4], a * 2, [0] * 5, [] * 3, [[]] * 2)
print(list(), list("abc"), list(range(4)), list((1, 2)), list({"k": 1}), list(x * 2 for x in a))
b = a
b.append(4)
print(a, b is a, a == [1, 2, 3, 4], a is [1, 2, 3, 4])
c = a[:]
c.append(5)
print(a, c)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 7
print(grid)
shared = [[0] * 3] * 2
shared[0][1] = 7
print(shared)
print([1, 2] < [1, 2, 3], [2] > [1, 99], [] < [0], [[1, 2], [3]] == [[1, 2], [3]])
nested = [1, [2, [3, [4, []]]], "s", None, 1.5, (1,), {"d": [1]}]
print(nested, len(nested), nested[1][1][1])
a[1] = "two"
a[-1] = a[-1] * 10
print(a)
x = [1, 2]
x += [3]
x += (4, 5)
x += "ab"
print(x)
y = [1]
y *= 3
print(y)
try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2][-3] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    key = "0"
    [1][key]
except TypeError as e:
    print(type(e).__name__, e)
recursive = [1]
recursive.append(recursive)
print(recursive)
