# Classes: __init__, instance and class attributes, methods, bound methods, default repr avoided.
class Point:
    dims = 2
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point(1).y)
q = p.moved(1, 1)
print(q.x, q.y, p.x)
p.dims = 3
print(p.dims, Point.dims, Point(0).dims)
Point.dims = 5
print(Point(0).dims, p.dims)
m = p.norm2
print(m(), Point.norm2(q))
p.z = 99
print(p.z, hasattr(p, "z"), hasattr(q, "z"))
print(type(p).__name__, type(p) is Point, Point.__name__, isinstance(p, Point))
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
a, b, c = Counter(), Counter(), Counter()
print(Counter.instances, a.id, c.id)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.norm2(1)
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
e.anything = [1]
print(e.anything, Empty.__name__)
print(getattr(p, "x"), getattr(p, "nope", "default"), hasattr(p, "y"))
setattr(p, "x", 100)
print(p.x)
