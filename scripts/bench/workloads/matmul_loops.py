# bench: category=array quick=30 full=110
# Matrix product by explicit element loops (i, k, j order) over N x N float64
# arrays holding small integers, so every sum is exact.  Usage: matmul_loops.py N.
import sys
import time

import numpy as np


def matmul_loops(a, b, out):
    n = a.shape[0]
    m = b.shape[1]
    inner = a.shape[1]
    for i in range(n):
        for k in range(inner):
            aik = a[i, k]
            for j in range(m):
                out[i, j] += aik * b[k, j]
    return out


def run(n):
    a = (np.arange(n * n) % 7).reshape((n, n)) * 1.0
    b = (np.arange(n * n) % 5).reshape((n, n)) - 1.0
    out = np.zeros((n, n))
    matmul_loops(a, b, out)
    return float(out.sum()), float(out[n // 2, n // 3])


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    total, probe = run(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {total} {probe}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
