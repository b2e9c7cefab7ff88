# len, range and enumerate over many kinds of objects.
print(len([]), len([1, 2]), len("hello"), len(()), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(frozenset()), len("日本"))
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 4)), list(range(3, 0, -1)))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate(["x"], start=-1)))
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
e = enumerate([10, 20])
print(next(e), next(e), next(e, "end"))
print(type(e).__name__, type(range(1)).__name__)
