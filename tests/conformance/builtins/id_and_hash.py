# id and hash: identities compared (never printed), hash values of numbers and equal objects.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)).__name__, id(a) > 0 or id(a) <= 0)
x = object()
print(id(x) == id(x), hash(x) == hash(x))
print(hash(0), hash(1), hash(-1), hash(-2), hash(123456789), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(0.0), hash(0.5), hash(1.5), hash(-1.0), hash(3.14), hash(1e-300), hash(float(2 ** 62)), hash(1e308))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 64) == hash(float(2 ** 64)), hash(0.5) == hash(0.5))
print(hash(1 + 0j) == hash(1), hash(0j), hash(2j), hash(1 + 1j))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash("abc") == hash("abc"))
print(hash(None) == hash(None), type(hash("s")).__name__)
for unhashable in [[], {}, set()]:
    try:
        hash(unhashable)
    except TypeError as e:
        print(type(e).__name__, e)
