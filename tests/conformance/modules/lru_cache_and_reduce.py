from functools import lru_cache, reduce
import functools

calls = []

@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(calls))
print(fib(100))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=3)
def square(x):
    print("computing", x)
    return x * x

for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    print(square(v))
print(square.cache_info())

@functools.lru_cache()
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

print([binom(10, k) for k in range(11)])
print(binom(60, 30))
print(binom.cache_info().hits > 0, binom.cache_info().maxsize)

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = {}
    def get(self, k):
        if k not in self.d:
            return -1
        v = self.d.pop(k)
        self.d[k] = v
        return v
    def put(self, k, v):
        if k in self.d:
            del self.d[k]
        elif len(self.d) >= self.cap:
            oldest = next(iter(self.d))
            del self.d[oldest]
        self.d[k] = v
    def __repr__(self):
        return f"LRU({self.d})"

c = LRU(2)
c.put("a", 1); c.put("b", 2)
print(c.get("a"), c)
c.put("c", 3)
print(c, c.get("b"), c.get("c"))
c.put("a", 10)
print(c)

print(reduce(lambda a, b: a * b, range(1, 21)))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", ""], 0))
print(reduce(max, [3, 9, 2], -1))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)

@lru_cache(maxsize=2)
def tagged(x, *, tag="t"):
    return f"{tag}:{x}"
print(tagged(1), tagged(1, tag="u"), tagged(x=1), tagged.cache_info())
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)
