# __eq__ and __hash__ together: user objects as dict keys and set members.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a!r}, {self.b!r})"
d = {Key(1, 2): "first", Key("x", None): "second"}
print(d[Key(1, 2)], d[Key("x", None)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), Key(2, 2) in s)
d[Key(1, 2)] = "replaced"
print(len(d), d[Key(1, 2)])
class ConstantHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.v == o.v
items = {ConstantHash(i) for i in range(5)}
print(len(items), ConstantHash(3) in items, hash(ConstantHash(0)))
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)
class Identity:
    pass
a = Identity()
print({a: 1}[a], hash(a) == hash(a), a == a, Identity() == Identity())
print(hash(5), hash(-1), hash(-2), hash(0), hash(1.0), hash(1.5), hash(-0.5), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 20), hash(True), hash(1e100))
print(hash(float("inf")), hash(float("-inf")), hash(0.0) == hash(-0.0), hash((1, 2)) == hash((1, 2)))
