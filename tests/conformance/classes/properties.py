# @property with getter, setter, deleter; computed attributes; validation errors.
class Circle:
    def __init__(self, radius):
        self.radius = radius
    @property
    def radius(self):
        return self._radius
    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._radius
    @property
    def area(self):
        return round(3.141592653589793 * self.radius ** 2, 6)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.area = 10
except AttributeError as e:
    print(type(e).__name__, e)
del c.radius
print(hasattr(c, "_radius"))
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
obj = Lazy()
print(obj.value, obj.value, obj.computed)
class Derived(Circle):
    @property
    def diameter(self):
        return self.radius * 2
print(Derived(5).diameter, Derived(5).area)
