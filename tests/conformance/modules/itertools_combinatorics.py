from itertools import product, permutations, combinations, chain, islice, accumulate, count
print(list(product("ab", [1, 2])))
print(list(product(range(2), repeat=3)))
print(len(list(product("abc", "de", "f"))), list(product()))
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(list(permutations(range(3), 0)), list(permutations([], 1)))
print(list(combinations("abcde", 3)))
print(list(combinations(range(4), 2)), list(combinations([1], 2)), len(list(combinations(range(20), 3))))
coins = [1, 5, 10, 25]
ways = [c for r in range(1, 4) for c in combinations(coins, r) if sum(c) == 30]
print(ways)
words = ["tea", "eat", "ate", "tan", "nat", "bat"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(list(groups.values()))
print(["".join(p) for p in permutations("abc")] == sorted("".join(p) for p in permutations("cba")))
print(list(accumulate(range(1, 6), lambda a, b: a * b)), list(accumulate([])))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)), list(islice(count(), 3, 8)))
print(list(zip(count(1), "abc")), list(enumerate("xyz", start=-1)))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
for (x, y), *rest in [((1, 2), 3, 4), ((5, 6),)]:
    print(x, y, rest)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
a, (b, c), d = 1, [2, 3], (4,)
print(a, b, c, d)
x = y = z = []
x.append(1)
print(y, z is x)
p, q = q, p = 1, 2
print(p, q)
i = 0
it = iter(range(10))
for v in it:
    if v == 3:
        break
print(list(it))
for k in range(3):
    pass
else:
    print("loop completed", k)
n = 0
while n < 10:
    n += 3
    if n == 100:
        break
else:
    print("while else", n)
print(list(reversed(range(0, 10, 3))), list(reversed("abc")), list(reversed([1, [2]])))
r = range(-10, 10, 3)
print(r, len(r), r[2], r[-1], r[1:3], 5 in r, -4 in r, r.index(-1), r.count(2), list(r[::-1]))
print(range(0), list(range(5, 0, -2)), range(3) == range(0, 3), bool(range(0)))
print(sorted("Hello World", key=lambda ch: (ch.lower(), ch)), sorted([3, 1, 2], key=lambda v: -v))
people = [("amy", 31, "nyc"), ("bob", 25, "sf"), ("cat", 31, "la"), ("dan", 25, "nyc")]
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(sorted(people, key=lambda p: p[2], reverse=True))
by_age = {}
for name, age, _ in people:
    by_age.setdefault(age, []).append(name)
print(by_age, {k: len(v) for k, v in sorted(by_age.items())})
print(all([]), any([]), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]), min("bca"), max([1, 3], [2]))
print(min([], default="empty"), max([4, 9, 2], key=lambda v: v % 5), min((), default=None), max(3, 1, key=lambda v: -v))
print(list(zip()), list(zip([1, 2, 3], "ab")), dict(enumerate("ab")), list(map(str.upper, "ab")))
