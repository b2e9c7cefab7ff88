# *args and **kwargs in definitions and calls (unpacking at call sites).
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, b=2, c=3))
def mixed(a, b=2, *rest, key="k", **extra):
    return a, b, rest, key, extra
print(mixed(1), mixed(1, 2, 3, 4), mixed(1, key="K", z=26), mixed(*[1, 2, 3], **{"key": 0, "q": 1}))
args = (1, 2)
kwargs = {"c": 3}
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, **kwargs), three(*"123"), three(1, *[2], **{"c": 3}), three(**{"a": 1, "b": 2, "c": 3}))
print(max(*[3, 9, 2]), list(zip(*[[1, 2], [3, 4], [5, 6]])))
def total(*numbers):
    result = 0
    for n in numbers:
        result += n
    return result
print(total(), total(1), total(*range(101)))
def forward(*a, **k):
    return collect(*a, **k)
print(forward(1, x=2))
print(*[1, 2, 3], sep=", ")
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2, **{"a": 3}})
try:
    three(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    three(**{"a": 1, "b": 2, "c": 3, "d": 4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    three(*5)
except TypeError as e:
    print(type(e).__name__, e)
