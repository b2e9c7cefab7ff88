for v in [5, "s", [1], (1,), {1: 2}, {1}, range(2), iter([1]), (x for x in []), None, 1.5]:
    print(type(v).__name__, hasattr(v, "__iter__"), hasattr(v, "__len__"), hasattr(v, "__next__"), hasattr(v, "__getitem__"), hasattr(v, "__add__"), hasattr(v, "__hash__"), hasattr(v, "__contains__"), hasattr(v, "__call__"))
print(callable(len), callable(5), hasattr(len, "__call__"), hasattr(lambda: 0, "__call__"))
print((5).__add__(3), (5).__add__(2.0), (5).__radd__(1), (2.5).__mul__(2), "ab".__mul__(3), "ab".__rmul__(2), [1].__add__([2]))
print((5).__eq__(5.0), (5).__lt__(6), (5).__lt__("x"), "a".__lt__("b"), (1.5).__eq__(1), (3).__ne__(3), (1+2j).__lt__(1))
print("abc".__len__(), [1, 2].__contains__(2), {1: 2}.__getitem__(1), "xyz".__getitem__(slice(1, None)), (7).__neg__(), (-7).__abs__(), (5).__invert__(), (2.5).__int__(), (3).__float__(), (7).__index__())
it = iter([1, 2])
print(it.__next__(), it.__iter__() is it, next(it))
try:
    it.__next__()
except StopIteration:
    print("stop")
print(int.__add__(3, 4), str.__len__("four"), list(map(str.__len__, ["a", "bb"])), int.__mul__(3, "x"), sorted(["bb", "a"], key=str.__len__))
try:
    int.__add__("x", 1)
except TypeError as e:
    print(e)
try:
    (5).__add__()
except TypeError as e:
    print(e)
print((5).__hash__() == hash(5), "s".__hash__() == hash("s"), [].__hash__, {}.__hash__, (1, 2).__hash__() == hash((1, 2)))
print((5).__repr__(), "q".__repr__(), (5).__str__(), (3.14159).__format__(".2f"), (True).__bool__(), (0.0).__bool__(), None.__bool__())
d = {}
d.__setitem__("k", 1)
print(d, {1} .__or__({2}), {1, 2}.__and__({2}), {1}.__sub__([1]), {"a": 1}.__or__({"b": 2}))
def f(x, y=2): return x + y
print(f.__call__(1), f.__call__(1, y=5), len.__call__("ab"), callable(f), hasattr(f, "__call__"))
class A: pass
a = A()
for n in ["__eq__", "__gt__", "__hash__", "__repr__", "__str__", "__init__", "__class__", "__doc__", "__module__", "__ne__", "__format__", "__setattr__", "__len__", "__iter__"]:
    print(n, hasattr(a, n), hasattr(A, n))
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__bases__, a.__class__ is A, A.__class__ is type, type(A) is type)
print(A.__eq__(a, a), A.__ne__(a, 1), a.__eq__(1), a.__lt__(a), format(a, "") == str(a))
try:
    format(a, ">10")
except TypeError as e:
    print("TypeError:", e)
print(str.__str__("q"), int.__repr__(5), float.__repr__(0.1), list.__len__([1, 2]), dict.__contains__({1: 0}, 1), tuple.__getitem__((4, 5), -1))
