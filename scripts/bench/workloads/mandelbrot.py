# bench: category=python quick=80 full=300
# Mandelbrot escape counts on an N x N grid over [-2, 0.5] x [-1.25, 1.25]:
# a while loop nested in two for loops, floats only.  Usage: mandelbrot.py N.
# Prints the total escape count and a position-weighted sum of the counts.
import sys
import time

MAX_ITER = 200


def escape_count(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    count = 0
    while count < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        count += 1
    return count


def run(n):
    total = 0
    weighted = 0
    for row in range(n):
        ci = -1.25 + 2.5 * row / n
        for col in range(n):
            cr = -2.0 + 2.5 * col / n
            count = escape_count(cr, ci, MAX_ITER)
            total += count
            weighted = (weighted * 31 + count * (row + 1)) % 1000000007
    return total, weighted


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    total, weighted = run(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {total} {weighted}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
