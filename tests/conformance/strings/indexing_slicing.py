# String indexing, slicing with steps, iteration, immutability.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4], s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-2], s[100:], s[-100:2], s[5:2], s[::-3], s[-1:-5:-1], s[2:8:0 or 1])
print(repr(s[5:5]), repr(s[10:]), len(s[::4]))
for i, c in enumerate("xyz"):
    print(i, c)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
print(list("héllo"), "héllo"[1], len("日本語"), "日本語"[::-1])
