# Sieve of Eratosthenes and prime statistics: loops over lists of bools, slice assignment, sum/enumerate.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if is_prime[p]:
            is_prime[p * p::p] = [False] * len(range(p * p, limit + 1, p))
    return [i for i, flag in enumerate(is_prime) if flag]
primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:], sum(primes))
gaps = [b - a for a, b in zip(primes, primes[1:])]
print(max(gaps), gaps.index(max(gaps)), primes[gaps.index(max(gaps))])
prime_set = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in prime_set]
print(len(twins), twins[:5], twins[-1])
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
for n in [360, 9973, 2 ** 31 - 1, 600851475143, 1001]:
    print(n, factorize(n))
