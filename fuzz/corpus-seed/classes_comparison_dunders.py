# Rich comparisons, reflected comparisons, sorting user objects, __eq__ without __hash__.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
vs = [Version(1, 10), Version(1, 2), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), min(vs), sorted(vs, reverse=True))
print(Version(1) == Version(1), Version(1) != Version(2), Version(1) < Version(1, 0), Version(2) >= Version(1, 9))
print(Version(1) == "1", Version(1) != 1)
try:
    hash(Version(1))
except TypeError as e:
    print(type(e).__name__, e)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"lt({self.v}, {o.v})")
        return self.v < o.v
print(OnlyLt(1) < OnlyLt(2), OnlyLt(5) > OnlyLt(3))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain())
try:
    Plain() < Plain()
except TypeError as e:
    print(type(e).__name__, e)
class AlwaysEqual:
    def __eq__(self, o):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, AlwaysEqual() in [1, 2])
