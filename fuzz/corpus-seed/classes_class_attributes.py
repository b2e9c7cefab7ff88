# Class attributes vs instance attributes, mutable class attributes, class bodies, nested classes, __class__.
class Config:
    defaults = {"debug": False}
    shared_list = []
    version = 1
    doubled = version * 2
    names = [n.upper() for n in ("a", "b")]
    def add(self, item):
        self.shared_list.append(item)
a, b = Config(), Config()
a.add(1)
b.add(2)
print(Config.shared_list, a.shared_list is b.shared_list, Config.doubled, Config.names)
a.version = 2
print(a.version, b.version, Config.version)
del a.version
print(a.version)
print(a.__class__.__name__, a.__class__ is Config, type(a).version)
class WithDoc:
    """Class docstring."""
    x = 5
print(WithDoc.__doc__, WithDoc.x, WithDoc().x)
class Outer:
    class Inner:
        value = "nested class"
print(Outer.Inner.value, Outer.Inner().value, Outer.Inner.__name__, Outer.Inner.__qualname__)
def method(self):
    return "attached " + str(self.version)
Config.method = method
print(Config().method())
