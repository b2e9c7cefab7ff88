# bench: category=array quick=64 full=256
# Matrix product with the @ operator (BLAS under NumPy) on N x N float64
# matrices of small integers, 1000 times, one element of the left matrix bumped
# between products; all sums are exact.  No Numba twin: Numba's @ needs SciPy.
# Usage: matmul.py N.
import sys
import time

import numpy as np

REPEATS = 1000


def run(n):
    a = (np.arange(n * n) % 9).reshape((n, n)) * 1.0
    b = (np.arange(n * n) % 4).reshape((n, n)) * 1.0
    total = 0.0
    for r in range(REPEATS):
        c = a @ b
        total += float(c.sum())
        a[r % n, (r * 7) % n] += 1.0
    return total


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    total = run(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {total}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
