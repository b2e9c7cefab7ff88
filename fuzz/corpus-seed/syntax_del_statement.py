# del on names, list items, slices, dict keys and attributes.
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

class Box:
    pass

b = Box()
b.value = 3
print(hasattr(b, "value"))
del b.value
print(hasattr(b, "value"))

a, c = 1, 2
del a, c
try:
    a
except NameError as e:
    print(type(e).__name__, e)

try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)

def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + " " + str(e)

print(f())
