# sorted (key, reverse, stability), reversed, list.sort on many types.
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("banana"), sorted({"b": 1, "a": 2}), sorted((2.5, -1, 0)))
records = [("ann", 31), ("bob", 27), ("cy", 31), ("dee", 27), ("ed", 40)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower), sorted(["10", "9", "100"], key=int))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted([]), sorted([], reverse=True), sorted([1]), sorted(set([5, 3, 9])))
print(sorted([0.1, -0.0, 0.0, -1e-9, 1e-9]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
