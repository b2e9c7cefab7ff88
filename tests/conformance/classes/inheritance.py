# Single and multi-level inheritance, overriding, super(), isinstance/issubclass.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
    def describe(self):
        return super().describe() + f", age {self.age}"
class Cat(Animal):
    kind = "cat"
    def speak(self):
        return "meow"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(a.describe())
p = Puppy("bit", 1)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, (Cat, Dog)))
print(issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(Cat, (Dog, Animal)), issubclass(Animal, Animal), issubclass(bool, int))
print(isinstance(p, object), issubclass(Puppy, object), type(p).__name__)
class Base:
    def __init__(self):
        self.log = ["Base"]
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
print(Leaf().log)
class NoInit(Dog):
    pass
print(NoInit("quiet").describe())
class Explicit(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
print(Explicit("loud").speak())
try:
    isinstance(p, "Dog")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(p, Dog)
except TypeError as e:
    print(type(e).__name__, e)
