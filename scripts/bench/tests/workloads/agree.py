# bench: category=python quick=1000 full=100000
# Self-test workload: the same checksum under every runtime.
import sys
import time


def run(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    result = run(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {result}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
