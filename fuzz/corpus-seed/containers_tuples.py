# Tuples: packing, unpacking, immutability, methods, single-element syntax, comparison, hashing.
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t + (4,), t * 2, (1,), (), tuple(), tuple("ab"), tuple([1, [2]]))
print(t.count(2), t.index(3), (1, 2, 1, 1).count(1), 2 in t, 5 not in t)
x, y, z = t
print(x + y + z)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,), (1, "a") == (1, "a"))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[3]
except IndexError as e:
    print(type(e).__name__, e)
d = {(1, 2): "pair", (): "empty"}
print(d[(1, 2)], d[()], hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
mixed = (1, [2, 3])
mixed[1].append(4)
print(mixed)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
print(tuple(i * i for i in range(4)), sorted((3, 1, 2)), max((1, 9, 3)), sum((1, 2, 3)))
def pair():
    return "a", 1
print(pair(), pair()[0])
print((1), (1,), ("s"), ("s",))
