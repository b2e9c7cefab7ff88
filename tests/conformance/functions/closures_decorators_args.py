import functools
def counter(start=0, step=1):
    n = start
    def inc():
        nonlocal n
        n += step
        return n
    def reset():
        nonlocal n
        n = start
    inc.reset = reset
    return inc
c = counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())

def trace(fn):
    depth = 0
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal depth
        indent = "  " * depth
        argstr = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{indent}-> {fn.__name__}({argstr})")
        depth += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth -= 1
        print(f"{indent}<- {result!r}")
        return result
    return wrapper

@trace
def fact(n):
    """factorial"""
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4), fact.__name__, fact.__doc__)

def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def greet(name, punct="!"):
    return "hi " + name + punct
print(greet("bob"))

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
late = [lambda: i for i in range(3)]
print([f() for f in late])

total = 0
def add_global(x):
    global total
    total += x
    return total
for v in range(5):
    add_global(v)
print(total)

def kwonly(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(kwonly(1, c=3))
print(kwonly(1, 2, 3, 4, c=5, e=6, f=7))
print(kwonly(*[1, 2], **{"c": 0, "z": 1}))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1, c=1, a=2)
except TypeError as e:
    print("TypeError:", e)
def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, c=3))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []))
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(lambda x: x + 1, lambda x: x * 2, str, len)
print(pipeline(49), pipeline(4))
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(collatz(27), len(collatz.cache), max(range(1, 1000), key=collatz))
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    x = "changed"
    return mid()()
print(outer())
adders = {name: (lambda k: lambda v: v + k)(k) for name, k in [("one", 1), ("ten", 10)]}
print(adders["one"](5), adders["ten"](5))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a", None, [], [0]])))
def gen_fact():
    f = 1
    def step(n):
        nonlocal f
        f *= n
        return f
    return [step(i) for i in range(1, 8)]
print(gen_fact())
print(fact.__wrapped__(3) if hasattr(fact, "__wrapped__") else 6)
