# zip, map and filter: lazy iterators, unequal lengths, multiple iterables.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip(range(3), range(10, 13), "xyz")))
names = ["ann", "bob"]
ages = [31, 27]
print(dict(zip(names, ages)), list(zip(*zip(names, ages))))
print(list(map(abs, [-1, 2, -3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, "", None, 5, "a"])))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", [1, 2])
print(next(z), list(z))
print(type(m).__name__, type(z).__name__, type(filter(None, [])).__name__)
print(sum(map(int, "12345")), max(map(len, ["a", "bbb", "cc"])), sorted(filter(str.isupper, "aBcDe")))
