# global and nonlocal declarations.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

print(bump(), bump(), counter)

def make_new_global():
    global created_later
    created_later = "made inside a function"

make_new_global()
print(created_later)

def outer():
    value = 1
    def inner():
        nonlocal value
        value += 10
        return value
    inner()
    inner()
    return value

print(outer())

def make_counter():
    count = 0
    def incr(step=1):
        nonlocal count
        count += step
        return count
    return incr

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2())

def three_levels():
    x = "outer"
    def middle():
        def innermost():
            nonlocal x
            x = "changed by innermost"
        innermost()
    middle()
    return x

print(three_levels())

shadow = "global"
def reads_global():
    return shadow

def shadows():
    shadow = "local"
    return shadow

print(reads_global(), shadows(), shadow)

def unbound():
    try:
        print(counter_local)
    except NameError as e:
        print(type(e).__name__, e)
    counter_local = 1

unbound()

def assigns_later():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)

assigns_later()
