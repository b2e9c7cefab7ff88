# bench: category=python quick=80 full=350
# Spectral norm of the infinite matrix A[i][j] = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
# by ten rounds of the power method on A^T A.  Mostly small function calls in
# nested loops over float lists.  Usage: spectral_norm.py N.
import math
import sys
import time


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_u(u, out):
    n = len(u)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(i, j) * u[j]
        out[i] = total


def times_transposed_u(u, out):
    n = len(u)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(j, i) * u[j]
        out[i] = total


def times_ata_u(u, out, scratch):
    times_u(u, scratch)
    times_transposed_u(scratch, out)


def run(n):
    u = []
    v = []
    scratch = []
    for _ in range(n):
        u.append(1.0)
        v.append(0.0)
        scratch.append(0.0)
    for _ in range(10):
        times_ata_u(u, v, scratch)
        times_ata_u(v, u, scratch)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    result = run(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {result}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
