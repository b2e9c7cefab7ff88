# math: powers, logarithms, trigonometric and hyperbolic functions, angle conversion, hypot, dist.
import math
xs = [0.0, 0.1, 0.5, 1.0, 2.0, 3.5, 10.0, 100.0]
for x in xs:
    print(x, math.sqrt(x), math.exp(x), math.expm1(x), math.log1p(x), math.exp2(x), math.cbrt(x))
for x in [0.001, 0.5, 1.0, 2.0, math.e, 10.0, 1e10, 1e-300]:
    print(x, math.log(x), math.log2(x), math.log10(x), math.log(x, 3), math.log(x, 10))
print(math.log(2 ** 1000), math.log10(10 ** 400), math.log2(2 ** 2000), math.log(10 ** 50, 10))
for x in [-1.0, -0.5, 0.0, 0.25, 0.5, 1.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.asin(x), math.acos(x), math.atan(x))
for x in [-3.0, -1.0, 0.0, 0.5, 1.0, 2.0, 20.0]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
print(math.acosh(1.0), math.acosh(2.0), math.acosh(100.0), math.atanh(0.0), math.atanh(0.5), math.atanh(-0.9))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(1, 0), math.atan2(0, 0))
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4), math.sin(1e10), math.cos(-1e22))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot(), math.hypot(-5), math.hypot(1e200, 1e200), math.hypot(3, 4, 12))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-1.5,)))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.inf, -1))
print(math.sqrt(2) ** 2, math.exp(1) == math.e, math.exp(-745.2), math.exp(709.7))
for call in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.exp(1000),
             lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3), lambda: math.atanh(1), lambda: math.log(10, 1), lambda: math.sqrt("4"), lambda: math.sin(math.inf), lambda: math.cos(-math.inf)]:
    try:
        print(call())
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print(math.exp(-math.inf), math.log(math.inf), math.atan(math.inf), math.tanh(-math.inf))
