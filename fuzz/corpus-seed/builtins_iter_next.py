# iter and next on builtin containers, with defaults, and exhausted iterators.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
r = iter(range(2))
print(list(r), list(r))
t = iter((5,))
print(type(t).__name__, next(t))
st = iter({7})
print(next(st))
gen = iter(x for x in [9])
print(next(gen))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(None)
except TypeError as e:
    print(type(e).__name__, e)
it2 = iter([1, 2, 3, 4])
for x in it2:
    print("first loop", x)
    if x == 2:
        break
for x in it2:
    print("second loop", x)
