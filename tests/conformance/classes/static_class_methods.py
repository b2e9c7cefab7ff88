# @staticmethod and @classmethod, alternate constructors, class-level counters, inheritance of classmethods.
class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def is_freezing(c):
        return c <= 0
    @classmethod
    def describe_scale(cls):
        return f"{cls.__name__} uses {cls.scale}"
t = Temperature.from_fahrenheit(212)
print(t.degrees, type(t).__name__, Temperature.is_freezing(-1), t.is_freezing(5), Temperature.describe_scale())
class Kelvin(Temperature):
    scale = "K"
k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.degrees, Kelvin.describe_scale(), k.describe_scale())
class Registry:
    items = []
    @classmethod
    def add(cls, item):
        cls.items.append(item)
        return len(cls.items)
    @staticmethod
    def helper(a, b=1):
        return a + b
print(Registry.add("x"), Registry.add("y"), Registry.items, Registry.helper(1), Registry().helper(1, 2))
