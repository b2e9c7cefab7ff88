import sys

class Timer:
    depth = 0
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
        self.log = []
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  " * Timer.depth + f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        Timer.depth -= 1
        return exc_type is not None and issubclass(exc_type, self.swallow)

with Timer("outer") as t1, Timer("inner", (KeyError,)) as t2:
    print(t1.name, t2.name)
    {}["x"]
print("after swallow")
try:
    with Timer("a", (KeyError,)):
        raise ValueError("not swallowed")
except ValueError as e:
    print("propagated:", e)
def f():
    with Timer("in f"):
        return "returned"
print(f())
for i in range(3):
    with Timer(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        return False
with Resource("db") as r1:
    with Resource("cache") as r2:
        print(r1, r2, Resource.opened)
print(Resource.opened)

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)
with Suppress(ZeroDivisionError, IndexError) as nothing:
    print(nothing)
    [][0]
with Suppress(ZeroDivisionError):
    1 / 0
print("suppressed both")
try:
    with Suppress(TypeError):
        int("q")
except ValueError as e:
    print("ValueError:", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
print(sys.stdout.write("direct write\n"))
sys.stderr.write("to stderr\n")
print("to", "stderr", sep="-", file=sys.stderr)
print("a", "b", "c", sep="", end="!\n")
print(*range(5), sep=", ")
print()
print("no newline", end="")
print(" continued", flush=True)
print(sys.version_info[0], sys.version_info >= (3, 8), sys.version_info.major, type(sys.maxsize).__name__, sys.float_info.epsilon, sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(1500))
try:
    deep(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)
sys.exit(3)
