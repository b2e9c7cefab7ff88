# Positional parameters, defaults, evaluation time of defaults, and arity errors.
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, 30), f(1, 2, 30, 40))
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g(3, []), g(4))
default = 10
def h(v=default):
    return v
default = 20
print(h())
def none_default(items=None):
    if items is None:
        items = []
    items.append("x")
    return items
print(none_default(), none_default())
for call in [lambda: f(1), lambda: f(1, 2, 3, 4, 5), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def no_args():
    return "ok"
try:
    no_args(1)
except TypeError as e:
    print(type(e).__name__, e)
def one_arg(a):
    return a
try:
    one_arg(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__name__, f.__defaults__, h.__defaults__)
