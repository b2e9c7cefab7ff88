# A realistic numeric report mixing f-strings, alignment, grouping and rounding.
rows = [("alpha", 1234.5678, 0.1234, 17), ("beta", -98.765, 0.98765, 3), ("gamma", 1e6, 0.5, 1200), ("delta", 0.001, 0.00049, 0)]
header = f"{'name':<8}|{'value':>14}|{'ratio':>8}|{'count':>7}"
print(header)
print("-" * len(header))
total = 0.0
for name, value, ratio, count in rows:
    total += value
    print(f"{name:<8}|{value:>14,.3f}|{ratio:>8.1%}|{count:>7d}")
print("-" * len(header))
print(f"{'total':<8}|{total:>14,.3f}|{'':>8}|{sum(r[3] for r in rows):>7d}")
print(f"mean={total / len(rows):.6g} max={max(r[1] for r in rows):e} min={min(r[1] for r in rows):.2e}")
for i in range(1, 6):
    print(f"{i:>2}  {i ** 2:>3}  {i ** 3:>4}  {1 / i:.4f}  {2 ** (1 / i):10.6f}")
