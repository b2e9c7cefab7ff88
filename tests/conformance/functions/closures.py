# Closures: captured variables, late binding, counters, function factories.
def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), make_multiplier(10)(7))
def make_accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total, list(history)
    return add
acc = make_accumulator()
print(acc(1), acc(10), acc(100))
def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late_binding())
def captures_after_definition():
    def inner():
        return value
    value = "assigned later"
    return inner()
print(captures_after_definition())
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())
def nested_levels(a):
    def l1(b):
        def l2(c):
            return a + b + c
        return l2
    return l1
print(nested_levels(1)(20)(300))
print(double.__name__, make_multiplier.__name__)
