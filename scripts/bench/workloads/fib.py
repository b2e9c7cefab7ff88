# bench: category=python quick=24 full=32
# Naive doubly recursive Fibonacci: the cost of a Python-level call.
# Usage: fib.py N.  Prints fib(N).
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def run(n):
    return fib(n)


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    result = run(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {result}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
