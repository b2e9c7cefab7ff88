# Sets: construction, algebra, methods, membership; small ints print in CPython's order.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, set(), set([1, 1, 2]), set(range(5)), {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b), a.union([7], (8,)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
c = set()
c.add(5); c.add(5); c.add(1)
print(c)
c.update([7, 8], {9})
print(c)
c.discard(100); c.discard(7)
print(c)
c.remove(8)
print(c, sorted(c))
c.intersection_update({1, 5, 9, 99})
print(c)
c.difference_update({5})
print(c)
c.symmetric_difference_update({1, 2})
print(c)
d = {10, 20}
e = d.copy()
e.add(30)
print(sorted(d), sorted(e))
x = d.pop()
print(len(d), x in (10, 20))
d.clear()
print(d)
print(sorted({"pear", "apple", "fig"}), sorted({"b", "a"} | {"c"}), len({"x", "y", "x"}))
print({1, 2} == {2, 1}, {1} == {1.0}, {(1, 2), (1, 2)}, {True, 1, 1.0})
for call in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} + {2}]:
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
words = "the cat and the hat and the bat".split()
print(sorted(set(words)), len(set(words)))
print({n % 4 for n in range(20)}, {-1, -2, 0}, {2 ** 40, 1})
