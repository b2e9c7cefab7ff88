# Generator functions: yield, next, StopIteration, return values, infinite generators with islice-like use.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(list(g))
print(list(g))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fibs()
print([next(gen) for _ in range(12)])
def with_return():
    yield 1
    return "done"
w = with_return()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print(type(e).__name__, e.value, e)
print(next(w, "exhausted"))
def squares(limit):
    for i in range(limit):
        yield i * i
print(sum(squares(10)), max(squares(5)), list(squares(0)))
def pairs(seq):
    it = iter(seq)
    for first in it:
        yield first, next(it, None)
print(list(pairs([1, 2, 3, 4, 5])))
def take(n, iterable):
    out = []
    for x in iterable:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(5, fibs()))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_with_finally():
    print("got", v)
def empty():
    return
    yield
print(list(empty()))
def chained_filters(n):
    evens = (x for x in range(n) if x % 2 == 0)
    return (x * 10 for x in evens)
print(list(chained_filters(9)))
