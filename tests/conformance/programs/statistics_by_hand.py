# Descriptive statistics computed by hand over seeded random data: mean, variance, median, histogram.
import random
import math
random.seed(2024)
data = [random.gauss(50, 10) for _ in range(1000)]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2
print(n, mean, var, math.sqrt(var), median, s[0], s[-1])
print(f"mean={mean:.4f} sd={math.sqrt(var):.4f} min={min(data):.3f} max={max(data):.3f}")
bins = {}
for x in data:
    b = int(x // 10) * 10
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    print(f"{b:>4}-{b + 9:<4} {bins[b]:>4} {'#' * (bins[b] // 10)}")
ints = [random.randint(1, 6) + random.randint(1, 6) for _ in range(600)]
counts = [ints.count(total) for total in range(2, 13)]
print(counts, sum(counts), max(range(2, 13), key=lambda t: ints.count(t)))
cum = 0
for i, c in enumerate(counts):
    cum += c
print(cum, round(sum(ints) / len(ints), 4))
