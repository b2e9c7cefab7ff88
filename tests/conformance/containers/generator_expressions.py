# Generator expressions: laziness, single consumption, use in builtins.
g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]), all(x for x in [1, 0]))
print(sorted(c for c in "hello"), tuple(i for i in range(3)), set(i % 2 for i in range(4)), dict((i, str(i)) for i in range(3)))
print(", ".join(str(i) for i in range(4)), min((abs(x - 5), x) for x in [1, 4, 7, 9]))
def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
lazy = (v * 10 for v in noisy(3))
print("created")
print(next(lazy))
print(list(lazy))
gen = (x for x in [1, 2])
next(gen)
next(gen)
try:
    next(gen)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(next((x for x in []), "default"))
nested = ((i, j) for i in range(2) for j in range(2) if i != j)
print(list(nested))
