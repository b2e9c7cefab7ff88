# bench: category=python quick=8 full=9
# Fannkuch-redux: for every permutation of 1..N, count the prefix reversals
# ("pancake flips") until 1 comes first.  List indexing, swapping and
# rotation in while loops.  Usage: fannkuch.py N.
# Prints the permutation checksum and the maximum flip count.
import sys
import time


def fannkuch(n):
    perm1 = []
    count = []
    perm = []
    for i in range(n):
        perm1.append(i)
        count.append(0)
        perm.append(0)
    max_flips = 0
    checksum = 0
    permutation_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        first = perm[0]
        while first != 0:
            lo = 0
            hi = first
            while lo < hi:
                tmp = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = tmp
                lo += 1
                hi -= 1
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        if permutation_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # Next permutation in the counting order of the original benchmark.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation_index += 1


def run(n):
    return fannkuch(n)


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    checksum, max_flips = run(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {checksum} {max_flips}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
