# functools: reduce (with and without initial) and lru_cache (hits, maxsize, cache_info, cache_clear).
import functools
from functools import reduce, lru_cache
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, c: c + acc, "abc", ""), functools.reduce(lambda a, b: a - b, [10, 1, 2], 100))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls))
print(fib(80), len(calls))
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
fib.cache_clear()
print(fib.cache_info().currsize)
@functools.lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x
square(1); square(2); square(1); square(3); square(2); square(1)
print(square.cache_info())
@lru_cache
def bare(x):
    return x + 1
print(bare(1), bare(1), bare.cache_info().hits)
@lru_cache()
def with_kwargs(a, b=2):
    print("computing with_kwargs", a, b)
    return a * b
print(with_kwargs(3), with_kwargs(3), with_kwargs(3, b=2), with_kwargs(a=3))
