# bench: category=array quick=50000 full=1500000
# Explicit element loops over NumPy arrays: read two float64 arrays element by
# element, write a third, and keep a running scalar sum.  Usage: array_loop.py N.
import math
import sys
import time

import numpy as np


def hypot_loop(x, y, out):
    total = 0.0
    for i in range(x.shape[0]):
        r = math.sqrt(x[i] * x[i] + y[i] * y[i])
        out[i] = r
        total += r
    return total


def run(n):
    x = np.arange(n) * 0.001
    y = np.arange(n) * -0.0007 + 3.0
    out = np.zeros(n)
    total = hypot_loop(x, y, out)
    return float(total), float(out.sum())


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    total, out_sum = run(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {total} {out_sum}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
