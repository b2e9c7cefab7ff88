# __slots__ is accepted; declared attributes work.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2)
v.x = 10
print(v, v.x + v.y)
class Single:
    __slots__ = ["value"]
s = Single()
s.value = "ok"
print(s.value)
vs = [Vec(i, i * i) for i in range(3)]
print(vs)
