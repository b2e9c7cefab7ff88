# in / not in across container types; is / is not with None and shared objects.
print(1 in [1, 2], 3 in (1, 2), "a" in {"a": 1}, 1 in {"a": 1}, 2 in {1, 2}, "bc" in "abc", 4 in range(0, 10, 2))
print([1] in [[1], [2]], (1,) in [(1,)], None in [None], 0 in [False], "" in "abc", [] in [[]])
print(1 not in [2], "x" not in "abc")
class Box:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v
print(Box(1) in [Box(1)], Box(2) in [Box(1)], Box(1) == Box(1), Box(1) is Box(1))
x = [1]
y = x
print(x is y, x is not [1], None is None, (lambda: None)() is None)
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in {1})
except TypeError as e:
    print(type(e).__name__, e)
