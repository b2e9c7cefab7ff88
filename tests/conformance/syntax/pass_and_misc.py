# pass, semicolons, line continuation, comments, empty bodies.
def nothing():
    pass

class Empty:
    pass

print(nothing())
print(type(Empty()).__name__)
a = 1; b = 2; c = a + b; print(c)
total = (1 +
         2 +
         3)
print(total)
longer = 1 + \
    2 + \
    3
print(longer)
values = [
    1,
    2,  # comment inside brackets
    3,
]
print(values)
mapping = {
    "a": 1,
    "b": 2,
}
print(mapping)
if True:
    pass
for _ in range(2):
    pass
while False:
    pass
print("done")  # trailing comment
def documented():
    """A docstring is just an expression statement."""
    return 42
print(documented(), documented.__doc__)
