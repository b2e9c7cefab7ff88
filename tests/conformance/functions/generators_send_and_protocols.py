def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2 if x else -1
    print("got", y)
    return "end"
g = gen()
print(next(g))
print(g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("stop", e.value, e.args)
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
a = acc()
next(a)
for v in [5, 10, 15]:
    print(a.send(v))
print(next(a, "done"))
def tree_walk(t, depth=0):
    if isinstance(t, list):
        for c in t:
            yield from tree_walk(c, depth + 1)
    else:
        yield depth, t
print(list(tree_walk([1, [2, [3, 4], 5], [[6]]])))
def flatten(x):
    for el in x:
        if isinstance(el, (list, tuple)):
            yield from flatten(el)
        else:
            yield el
print(list(flatten([1, (2, [3, (4,)]), [], 5])))
def sub():
    yield 1
    return 42
def main():
    r = yield from sub()
    yield r
print(list(main()))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def primes():
    for n in naturals():
        if n > 1 and all(n % p for p in range(2, int(n ** 0.5) + 1)):
            yield n
print(list(take(15, primes())))
sq = (x * x for x in naturals())
print([next(sq) for _ in range(5)], next(sq))
def gen_raise():
    yield 1
    raise ValueError("inside gen")
try:
    for v in gen_raise():
        print("v", v)
except ValueError as e:
    print("caught", e)
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(3)), sorted(Countdown(3)), 2 in Countdown(3))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()], list(reversed([*Seq()])))
class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, pos):
        return self.cards[pos]
d = Deck()
print(len(d), d[0], d[-1], d[1:3], list(reversed(d))[:2], "2H" in d, sorted(d)[:3])
gen_exp = (i for i in range(3))
print(sum(gen_exp), sum(gen_exp))
def fib_upto(n):
    a, b = 0, 1
    while a <= n:
        yield a
        a, b = b, a + b
print(list(fib_upto(100)), dict(zip(fib_upto(10), "abcdefg")))
print(list(map(lambda p: p[0] * p[1], zip(naturals(), range(5)))), list(filter(lambda v: v % 3 == 0, take(10, naturals()))))
g2 = gen()
print(g2.__next__(), type(g2).__name__)
g3 = (x for x in [1])
print(iter(g3) is g3, next(g3))
try:
    next(g3)
except StopIteration:
    print("exhausted")
