# Keyword arguments, keyword-only parameters (after * and *args), and their errors.
def describe(name, age, city="?"):
    return f"{name}/{age}/{city}"
print(describe("ann", 31), describe(age=5, name="bo"), describe("cy", city="Oslo", age=40))
def kwonly(a, *, scale=1, offset):
    return a * scale + offset
print(kwonly(2, offset=1), kwonly(2, scale=10, offset=0))
def after_args(*args, sep="-"):
    return sep.join(str(a) for a in args)
print(after_args(1, 2, 3), after_args(1, 2, sep="+"))
calls = [
    lambda: describe("x"),
    lambda: describe("x", 1, name="y"),
    lambda: describe("x", 1, country="z"),
    lambda: kwonly(1),
    lambda: kwonly(1, 2, offset=3),
    lambda: describe(name="a", age=1, **{"age": 2}),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
