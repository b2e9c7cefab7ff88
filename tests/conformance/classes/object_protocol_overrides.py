# __setattr__/__getattr__/__getattribute__ overrides, __new__, and __hash__ of classes with __eq__
class Frozen:
    def __init__(self, x):
        super().__setattr__("x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
f = Frozen(3)
print(f.x)
try:
    f.y = 2
except AttributeError as e:
    print(e)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __getattr__(self, name):
        return f"<missing {name}>"
l = Logged()
l.a = 1
print(l.a, l.b, getattr(l, "c"), hasattr(l, "anything"))

class Secretive:
    def __init__(self):
        self.visible = "v"
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        if name.startswith("hidden"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
    def method(self):
        return "method sees " + self.visible
s = Secretive()
print(s.secret, s.visible, s.hidden_x, s.method(), s.nothing)

class Base:
    def __eq__(self, other):
        return type(self) is type(other)
    def __hash__(self):
        return 1
    def __repr__(self):
        return "Base()"
class Child(Base):
    def __eq__(self, other):
        return super().__eq__(other) and True
    __hash__ = Base.__hash__
    def __repr__(self):
        return "Child<" + super().__repr__() + ">"
class EqOnly(Base):
    def __eq__(self, other):
        return True
class Inherits(Base):
    pass
print(Child() == Child(), Child() == Base(), hash(Child()), repr(Child()), hash(Inherits()))
print(EqOnly.__hash__, Inherits.__hash__ is Base.__hash__)
for obj in [EqOnly(), [1], {}, {1}]:
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)

class F:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(F(1) == F(1), F(1) != F(2), F(1) != F(1), F.__hash__)
print(getattr(F(3), "v"), getattr(F(3), "w", "dflt"), hasattr(F(3), "w"), setattr(F(3), "w", 1))

class G:
    count = 0
    def __new__(cls, *args):
        cls.count += 1
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, a):
        self.a = a
g = G(5)
print(G.count, g.a, g.created_by_new, type(g).__name__)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print(Singleton() is Singleton())

class NotMine:
    def __new__(cls, value):
        return value * 2
print(NotMine(21), NotMine("ab"))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
class SubSlotted(Slotted):
    __slots__ = ("c",)
class Unslotted(Slotted):
    pass
o = SubSlotted()
o.b = 2
o.c = 3
print(o.a, o.b, o.c)
for target in [Slotted(), SubSlotted()]:
    try:
        target.d = 4
    except AttributeError as e:
        print("AttributeError:", e)
u = Unslotted()
u.anything = "fine"
print(u.anything, u.a)
