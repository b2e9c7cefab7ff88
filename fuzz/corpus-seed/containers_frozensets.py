# frozenset: immutable, hashable, usable as dict keys and set elements.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 1 in f, frozenset(), frozenset("aab") == frozenset("ab"), type(f).__name__)
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g, type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
print(f == {1, 2, 3}, f <= {1, 2, 3, 4}, f.issubset(range(5)), f.union([9]), f.intersection([1, 9]))
d = {frozenset([1, 2]): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(frozenset(["b", "c", "a"])), frozenset([frozenset([1])]))
