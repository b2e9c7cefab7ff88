# bench: category=python quick=30000 full=400000
# Dicts and sets: counting with dict.get, tuple and string keys, membership
# tests, set union / intersection / difference, deleting and re-inserting.
# Every result is order-independent or follows dict insertion order.
# Usage: dict_set.py N.  Prints counts and sums.
import sys
import time


def pseudo_random_ints(n, seed):
    values = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        values.append(x // 16)
    return values


def count_buckets(values, buckets):
    counts = {}
    for v in values:
        key = v % buckets
        counts[key] = counts.get(key, 0) + 1
    return counts


def pair_index(values):
    index = {}
    for i in range(len(values) - 1):
        pair = (values[i] % 97, values[i + 1] % 89)
        if pair in index:
            index[pair] += 1
        else:
            index[pair] = 1
    return index


def word_table(values):
    table = {}
    for v in values:
        word = "w" + str(v % 5003)
        table[word] = v
    return table


def run(n):
    a = pseudo_random_ints(n, 42)
    b = pseudo_random_ints(n, 7)
    counts = count_buckets(a, 1009)
    largest = 0
    for key in counts:
        if counts[key] > largest:
            largest = counts[key]
    pairs = pair_index(b)
    pair_total = 0
    for pair in pairs:
        pair_total += pair[0] * pairs[pair] + pair[1]
    set_a = set()
    for v in a:
        set_a.add(v % 100003)
    set_b = set()
    for v in b:
        set_b.add(v % 100003)
    both = set_a & set_b
    either = set_a | set_b
    only_a = set_a - set_b
    hits = 0
    for v in b:
        if v in set_a:
            hits += 1
    table = word_table(a)
    removed = 0
    for i in range(0, 5003, 3):
        word = "w" + str(i)
        if word in table:
            del table[word]
            removed += 1
    for i in range(0, 5003, 6):
        table["w" + str(i)] = i
    order_sum = 0
    position = 0
    for word in table:
        position += 1
        order_sum = (order_sum + position * len(word) + table[word]) % 1000000007
    both_sum = 0
    for v in both:
        both_sum += v
    return (
        len(counts),
        largest,
        len(pairs),
        pair_total,
        len(both),
        len(either),
        len(only_a),
        hits,
        both_sum,
        removed,
        len(table),
        order_sum,
    )


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    result = run(n)
    elapsed = time.perf_counter() - start
    text = ""
    for value in result:
        text += " " + str(value)
    print(f"checksum:{text}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
