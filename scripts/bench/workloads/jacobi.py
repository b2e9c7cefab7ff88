# bench: category=array quick=60 full=300
# 2-D Jacobi relaxation on an N x N float64 grid with a hot top edge: 2000
# sweeps of the four-neighbour average written through slices.
# Usage: jacobi.py N.
import sys
import time

import numpy as np

SWEEPS = 2000


def relax(u, sweeps):
    for _ in range(sweeps):
        u[1:-1, 1:-1] = 0.25 * (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:])
    return u


def run(n):
    u = np.zeros((n, n))
    u[0, :] = 100.0
    u[:, 0] = 25.0
    relax(u, SWEEPS)
    return float(u.sum()), float(u[n // 2, n // 2])


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    total, centre = run(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {total} {centre}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
