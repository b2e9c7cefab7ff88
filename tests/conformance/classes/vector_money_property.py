import math

class Vector:
    __slots__ = ("_c",)
    def __init__(self, *components):
        self._c = tuple(float(x) for x in components)
    @classmethod
    def zero(cls, n):
        return cls(*([0] * n))
    def __repr__(self):
        return f"Vector{self._c}"
    def __str__(self):
        return "<" + ", ".join(f"{x:g}" for x in self._c) + ">"
    def __len__(self):
        return len(self._c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]
    def __iter__(self):
        return iter(self._c)
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("dimension mismatch")
        return Vector(*(a + b for a, b in zip(self, other)))
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __sub__(self, other):
        return self + (-other)
    def __neg__(self):
        return Vector(*(-x for x in self))
    def __pos__(self):
        return self
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(x * k for x in self))
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*(x / k for x in self))
    def __floordiv__(self, k):
        return Vector(*(x // k for x in self))
    def __mod__(self, k):
        return Vector(*(x % k for x in self))
    def __pow__(self, p):
        return Vector(*(x ** p for x in self))
    def __abs__(self):
        return math.sqrt(sum(x * x for x in self))
    def __bool__(self):
        return any(self._c)
    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c
    def __hash__(self):
        return hash(self._c)
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __matmul__(self, other):
        return self * other
    def __contains__(self, x):
        return x in self._c
    def __round__(self, n=0):
        return Vector(*(round(x, n) for x in self))

v = Vector(3, 4)
w = Vector(1, -2)
print(v, repr(v), len(v), v[0], v[-1], v[0:1], abs(v))
print(v + w, v - w, -v, +v, v * 2, 2 * v, v * w, v @ w, v / 2, v // 3, v % 3, v ** 2)
print(sum([v, w, Vector(0, 1)]), sum([], Vector.zero(2)))
print(bool(v), bool(Vector.zero(3)), 4.0 in v, 5 in v, list(v), tuple(w), max(v), sorted(w))
print(v == Vector(3, 4), v != w, v == (3, 4), {v: 1}[Vector(3.0, 4.0)], len({v, Vector(3, 4), w}))
print(sorted([v, w, Vector(0.5, 0)]), min(v, w), round(Vector(1.2345, 2.5), 2), round(Vector(0.5, 1.5)))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - v
except TypeError as e:
    print("TypeError:", e)
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    v < 3
except AttributeError as e:
    print("AttributeError:", e)
except TypeError as e:
    print("TypeError:", e)
a = v
a += w
print(a, v, a is v)
a *= 3
print(a)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __iadd__(self, other):
        self.cents += other.cents if isinstance(other, Money) else round(other * 100)
        return self
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __format__(self, spec):
        d = self.cents / 100
        return format(d, spec or ".2f")
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __index__(self):
        return self.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __ge__(self, other):
        return self.cents >= other.cents

m = Money(1050)
ref = m
m += Money(25)
m += 0.1
print(m, repr(m), ref is m, f"{m}", f"{m:>10.3f}", "{:.1f}".format(m), format(m), int(m), float(m))
print(hex(Money(255)), bin(Money(5)), [10, 20, 30][Money(1)], "abc"[Money(2)], list(range(Money(3))))
print(Money(1) <= Money(2), Money(1) >= Money(2), Money(3) >= Money(3))
try:
    Money(1) < Money(2)
except TypeError as e:
    print("TypeError:", e)
try:
    print(Money(2) > Money(1))
except TypeError as e:
    print("TypeError:", e)
print(hasattr(Money, "__gt__"), Money(2) >= Money(1))
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
print(type(Temp.celsius).__name__, isinstance(Temp.celsius, property))
