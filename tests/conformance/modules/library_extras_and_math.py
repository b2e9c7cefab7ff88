import itertools, functools, math, random
@functools.lru_cache(maxsize=128)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().currsize > 0)
print(list(itertools.product([0, 1], repeat=2)), list(itertools.combinations_with_replacement("ab", 2)) if hasattr(itertools, "combinations_with_replacement") else [])
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])) if hasattr(itertools, "starmap") else [], list(itertools.repeat("x", 3)) if hasattr(itertools, "repeat") else [])
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])) if hasattr(itertools, "takewhile") else [], list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])) if hasattr(itertools, "dropwhile") else [])
print([(k, list(g)) for k, g in itertools.groupby("aabccc")] if hasattr(itertools, "groupby") else [], list(itertools.zip_longest("ab", "xyz", fillvalue="-")) if hasattr(itertools, "zip_longest") else [])
print(list(itertools.pairwise("abcd")) if hasattr(itertools, "pairwise") else [])
print(list(itertools.cycle("ab").__next__() for _ in range(1)) if False else "", list(itertools.islice(itertools.cycle("ab"), 5)) if hasattr(itertools, "cycle") else [])
p = functools.partial(int, base=2) if hasattr(functools, "partial") else (lambda s: int(s, 2))
print(p("1010"), functools.reduce(math.gcd, [12, 18, 24]), math.lcm(*range(1, 11)))
print(sorted(["b", "a", "C"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))) if hasattr(functools, "cmp_to_key") else [])
random.seed(2024)
dice = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = {s: dice.count(s) for s in range(2, 13)}
for s, n in hist.items():
    print(f"{s:2d} {'*' * (n // 10)} {n}")
print(round(random.gauss(0, 1), 12), random.random() < 1, round(random.uniform(5, 6), 12), random.randrange(0, 10, 3), random.choice(("x", "y")))
print(math.isqrt(2 ** 100), math.comb(100, 50), math.perm(10, 3), math.factorial(25), math.gcd(*[2 ** 40, 6 ** 20]))
print(math.trunc(1e20), math.floor(-1e-300), math.ceil(1e-300), math.sqrt(1e-320), math.log(2 ** 2000), math.log10(10 ** 400), math.log2(2 ** 3000))
print(math.atan(math.inf), math.tanh(1000), math.asinh(1), math.acosh(1), math.atanh(0.5), math.sinh(1), math.cosh(1), math.exp(-1000))
print(math.fmod(5.5, -2), math.fmod(-5.5, 2), math.remainder(-5.5, 2), math.nextafter(1, 2) if hasattr(math, "nextafter") else 1.0000000000000002, math.ulp(1.0) if hasattr(math, "ulp") else 2.220446049250313e-16)
print(math.erfc(1), math.lgamma(0.5), math.gamma(0.5), math.gamma(171), math.expm1(1), math.log1p(-0.5), math.dist((1, 2, 3), (4, 6, 8)), math.hypot())
