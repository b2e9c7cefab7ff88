# itertools: count, islice, product, permutations, combinations, chain, accumulate.
import itertools
print(list(itertools.islice(itertools.count(), 5)), list(itertools.islice(itertools.count(10, 3), 4)), list(itertools.islice(itertools.count(1.5, 0.5), 3)))
print(list(itertools.islice("abcdefg", 2, 6)), list(itertools.islice(range(20), 1, 15, 4)), list(itertools.islice([1, 2], 10)))
print(list(itertools.product("ab", [0, 1])), list(itertools.product(range(2), repeat=3)), list(itertools.product()), list(itertools.product([], [1])))
print(list(itertools.permutations([1, 2, 3])), list(itertools.permutations("abc", 2)), list(itertools.permutations([], 0)), len(list(itertools.permutations(range(5)))))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(4), 3)), list(itertools.combinations([1], 2)), list(itertools.combinations([1, 2], 0)))
print(list(itertools.chain([1, 2], "ab", (3,))), list(itertools.chain()), list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate([])), list(itertools.accumulate([0.1, 0.2, 0.3])))
for i, (a, b) in zip(itertools.count(), itertools.product("xy", repeat=2)):
    print(i, a + b)
c = itertools.count(5)
print(next(c), next(c), next(c))
perm = itertools.permutations(range(3))
print(next(perm), next(perm), len(list(perm)))
try:
    itertools.islice([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
