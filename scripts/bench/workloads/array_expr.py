# bench: category=array quick=50000 full=1000000
# Whole-array expressions: `a * b + c * d - e * 0.5` on float64 arrays of
# N elements, 100 times, each result feeding the next.  Usage: array_expr.py N.
import sys
import time

import numpy as np

REPEATS = 100


def expression_loop(a, b, c, d, e, repeats):
    for _ in range(repeats):
        a = a * b + c * d - e * 0.5
    return a


def run(n):
    base = np.arange(n) * (1.0 / n)
    a = base + 1.0
    b = base * 0.5 + 0.25
    c = 1.0 - base
    d = base * base
    e = base * 0.75 + 0.125
    result = expression_loop(a, b, c, d, e, REPEATS)
    return float(result.sum()), float(result[n // 3])


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    total, probe = run(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {total} {probe}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
