# __iter__ / __next__: iterator classes, iterables returning generators, StopIteration, iter() and next().
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)), sum(Countdown(4)), [x * 2 for x in Countdown(3)])
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), max(r), 2 in r, tuple(zip(r, "abc")))
a, b, c = Range2(3)
print(a, b, c)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
print(iter(it) is it)
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class Fib:
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
for i, f in enumerate(Fib()):
    if i >= 10:
        break
    print(f, end=" ")
print()
