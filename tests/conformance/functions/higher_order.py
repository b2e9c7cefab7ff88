# Functions as values: passing, returning, storing in containers, map/filter/sorted with functions.
def apply(f, *args):
    return f(*args)
print(apply(len, "four"), apply(max, 3, 9, 4), apply(lambda: "none"))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "pow": pow}
print({name: op(3, 4) for name, op in ops.items()})
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a - b, [10, 20, 30], [1, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, ["1", "a", "22"])))
print(sorted(["bb", "a", "ccc"], key=len), sorted([-3, 1, -2], key=abs), sorted("Hello", key=str.lower))
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(90))
print(callable(len), callable(lambda: 0), callable(5), callable("s"), callable(str))
def outer_fn():
    return outer_fn
print(outer_fn()() is outer_fn)
