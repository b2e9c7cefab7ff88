# Decorators: plain, with arguments, stacked, on methods, preserving behaviour.
def trace(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def bold(f):
    return lambda: "<b>" + f() + "</b>"
def italic(f):
    return lambda: "<i>" + f() + "</i>"
@bold
@italic
def text():
    return "x"
print(text())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one():
    return 1
@register
def two():
    return 2
print(registry, one(), two())
def count_calls(f):
    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
class Service:
    def __repr__(self):
        return "Service()"
    @trace
    def run(self, x):
        return x * 2
Service().run(21)
