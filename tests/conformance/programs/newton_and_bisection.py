# Root finding with Newton's method and bisection: float loops, convergence checks, formatted output.
import math
def newton(f, df, x0, tol=1e-12, max_iter=50):
    x = x0
    for i in range(max_iter):
        step = f(x) / df(x)
        x -= step
        if abs(step) < tol:
            return x, i + 1
    return x, max_iter
def bisect(f, lo, hi, tol=1e-12):
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        steps += 1
    return (lo + hi) / 2, steps
root, it = newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0)
print(root, it, root == math.sqrt(2), abs(root - math.sqrt(2)))
root, it = newton(lambda x: math.cos(x) - x, lambda x: -math.sin(x) - 1, 1.0)
print(root, it)
root, steps = bisect(lambda x: x ** 3 - x - 2, 1, 2)
print(f"{root:.12f} {steps}")
for n in [2, 3, 10, 1e10, 0.5]:
    r, _ = newton(lambda x: x * x - n, lambda x: 2 * x, n)
    print(n, r, math.sqrt(n), r - math.sqrt(n))
