# type, isinstance, issubclass, hasattr, getattr, setattr, callable on builtin and user types.
values = [1, 1.5, "s", [1], (1,), {"k": 1}, {1}, frozenset(), None, True, 1j, range(2), len, print]
for v in values:
    print(type(v).__name__, type(v))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance([], list), isinstance((), list), isinstance({}, dict), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(int, object), issubclass(bool, int), issubclass(float, int), issubclass(list, (tuple, list)))
print(type(1) == int, type(True) == int, type(type(1)), type(int).__name__)
class Thing:
    color = "red"
    def method(self):
        return "m"
t = Thing()
print(hasattr(t, "color"), hasattr(t, "method"), hasattr(t, "size"), hasattr("s", "upper"), hasattr(1, "real"))
print(getattr(t, "color"), getattr(t, "size", "default"), getattr(t, "method")(), getattr("abc", "upper")())
setattr(t, "size", 10)
setattr(Thing, "shape", "round")
print(t.size, t.shape, Thing().shape)
try:
    getattr(t, "weight")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(t, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(type("x") is str, type(t) is Thing, type(t).__name__, Thing.__name__, int.__name__, type(None).__name__)
print(type(Thing), type(len).__name__, type(t.method).__name__, type(lambda: 0).__name__)
