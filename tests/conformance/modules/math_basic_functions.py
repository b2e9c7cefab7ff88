# math: rounding, integer and number-theory functions (ceil, floor, trunc, fabs, factorial, gcd, lcm, comb, perm, isqrt, prod, fsum, copysign, fmod, remainder, modf, frexp, ldexp).
import math
for v in [2.5, -2.5, 2.0, -0.5, 1e20, -1e-20, 7]:
    print(v, math.ceil(v), math.floor(v), math.trunc(v), math.fabs(v), type(math.ceil(v)).__name__)
print(math.factorial(0), math.factorial(5), math.factorial(30))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(7), math.gcd(), math.gcd(12, 18, 27), math.gcd(2 ** 80, 6 ** 40))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(60, 30), math.perm(5, 2), math.perm(5), math.perm(3, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 30 + 1), math.isqrt(2 ** 127))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1), math.copysign(5, -math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), math.fmod(-0.0, 1))
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2))
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.modf(math.inf))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(-3.0), math.frexp(0.0), math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(3, 10))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(0.0), math.isfinite(10 ** 300))
for call in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
             lambda: math.fmod(1, 0), lambda: math.ceil(math.inf), lambda: math.floor(math.nan), lambda: math.gcd(1.5, 2)]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
