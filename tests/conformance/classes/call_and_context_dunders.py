# __call__ and the context-manager protocol (__enter__/__exit__ with and without exceptions).
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, times=1):
        return x + self.n * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), list(map(add5, [0, 10])))
class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow
with Managed("a") as value:
    print("inside with", value)
with Managed("b", swallow=True):
    raise ValueError("swallowed")
print("after swallowed")
try:
    with Managed("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Managed("outer") as o, Managed("inner") as i:
    print("both", o, i)
def early_return():
    with Managed("ret"):
        return "returned from with"
print(early_return())
for n in range(3):
    with Managed(f"loop{n}"):
        if n == 1:
            continue
        print("body", n)
class NotAContextManager:
    pass
try:
    with NotAContextManager():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
