# math: gamma, lgamma, erf, erfc over a range of arguments and their error cases.
import math
for x in [0.5, 1.0, 1.5, 2.0, 3.0, 4.5, 5.0, 10.0, 20.5, 100.0, 170.5, -0.5, -1.5, -2.5, 1e-10]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [-3.0, -1.0, -0.5, 0.0, 0.1, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 27.0]:
    print(x, math.erf(x), math.erfc(x))
for call in [lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.gamma(200), lambda: math.lgamma(0), lambda: math.lgamma(-3)]:
    try:
        print(call())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.erf(math.inf), math.erfc(-math.inf))
print(math.isnan(math.gamma(math.nan)), math.isnan(math.erf(math.nan)))
