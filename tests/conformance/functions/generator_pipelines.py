import itertools

def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line:
            yield line

def parse_kv(lines):
    for line in lines:
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"no '=' in {line!r}")
        yield key.strip(), value.strip()

CONFIG = """
# settings
name = demo   # the name
size=  42
ratio = 0.75

empty =
path = /usr/local/bin
"""

pairs = list(parse_kv(strip_comments(read_lines(CONFIG))))
print(pairs)
cfg = dict(pairs)
print(cfg)
print({k: (int(v) if v.isdigit() else v) for k, v in cfg.items()})

def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")
    return "finished"

g = countdown(3)
print(g is iter(g))
print(next(g), next(g))
print(list(g))
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value if hasattr(e, "value") else None)

def delegator():
    result = yield from countdown(2)
    print("inner returned", result)
    yield from "ab"
    yield from [10, 20]

print(list(delegator()))

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(itertools.islice(fib_gen(), 15)))
print(list(itertools.islice(fib_gen(), 5, 30, 5)))
evens = (x for x in fib_gen() if x % 2 == 0)
print([next(evens) for _ in range(8)])
print(sum(x * x for x in range(100)), max((len(w), w) for w in "the quick brown foxes".split()))
print(list(zip(countdown(3), "xyz", range(100))))
gens = [(lambda i: (i * j for j in range(3)))(i) for i in range(3)]
print([list(g) for g in gens])
def chunks(seq, n):
    it = iter(seq)
    while True:
        chunk = list(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(chunks(range(10), 3)))
print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(itertools.chain("ab", [1, 2], (3,))), list(itertools.chain.from_iterable(["xy", "z"])))
c = itertools.count(5, 3)
print(next(c), next(c), next(c))
print(list(itertools.islice(itertools.count(1.5, 0.5), 4)))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in gen_with_finally():
    print(x)
print("after loop")
ge = (1 / x for x in [1, 0])
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(ge))
