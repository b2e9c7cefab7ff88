class Shape:
    registry = []
    sides = 0
    def __init__(self, name):
        self.name = name
        Shape.registry.append(self)
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area():.2f}"
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.kind = cls.__name__.lower()
    @classmethod
    def create(cls, *args):
        return cls(*args)
    @staticmethod
    def unit():
        return "cm"

class Rect(Shape):
    sides = 4
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, name="square")

class Circle(Shape):
    def __init__(self, r):
        super(Circle, self).__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Blob(Shape):
    pass

shapes = [Rect(2, 3), Square.create(4), Circle(1.5), Blob("blob")]
for s in shapes:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print([s.kind for s in shapes], Square.kind, Shape.unit(), Square.unit(), shapes[0].unit())
print(len(Shape.registry), isinstance(shapes[1], Rect), isinstance(shapes[1], Circle), issubclass(Square, Shape), issubclass(Shape, Square))
print([c.__name__ for c in Square.__mro__], Square.__bases__[0].__name__, Square.__base__.__name__ if hasattr(Square, "__base__") else "Rect")
print(type(shapes[1]).__name__, shapes[1].__class__.__name__, type(shapes[1]) is Square, type(shapes[1]) == Rect)
class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B" + super().who()
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C" + super().who()
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def who(self): return "D" + super().who()
    def chain(self): return ["D"] + super().chain()
print(D().who(), D().chain(), [k.__name__ for k in D.__mro__])
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10
c1, c2 = Counter(), Counter()
print(Counter.count, c1.count, c2.count)
del c1.count
print(c1.count)
class Meta:
    items = []
    def add(self, x):
        self.items.append(x)
m1, m2 = Meta(), Meta()
m1.add(1); m2.add(2)
print(Meta.items, m1.items is m2.items)
class WithCls:
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(WithCls):
    pass
print(WithCls.make(), Sub.make(), Sub().make())
class Stack:
    pass
