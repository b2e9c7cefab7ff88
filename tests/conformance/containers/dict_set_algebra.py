inventory = {"apples": 5, "pears": 0, "plums": 12}
prices = dict(apples=0.5, plums=0.25, kiwis=1.0)
print(sorted(inventory.keys() & prices.keys()), sorted(inventory.keys() | prices.keys()), inventory.keys() - prices.keys())
print(list(inventory.items()), list(prices.values()))
merged = {**inventory, **{"kiwis": 7}, "pears": 3}
print(merged, inventory | {"x": 1}, len(merged))
inventory |= {"pears": 4}
print(inventory)
print(inventory.get("nope"), inventory.get("nope", 0), inventory.setdefault("figs", 9), inventory)
print(inventory.pop("figs"), inventory.pop("zz", "default"), sorted(inventory, key=inventory.get))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in counts.items()}
print(inv)
d = dict.fromkeys("abc", 0)
d.update([("d", 4)], e=5)
print(d, list(d), d.copy() == d, d is d.copy())
del d["a"]
print(d, "a" in d, "b" in d, 0 in d.values())
print(d.popitem(), d)
print(dict(zip("xyz", range(3))), dict([[1, 2], (3, 4)]), {}.fromkeys([1, 2]))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a >= {1}, a.isdisjoint({9}), a.issubset(range(10)))
print(a.union([7], (8,)), a.intersection(b, {4}), a.difference({1}, {2}), a.symmetric_difference([1, 9]))
c = set(a)
c.add(10); c.discard(1); c.remove(2); c.update({20, 30}); c -= {3}; c |= {0}; c &= set(range(25)); c ^= {4, 99}
print(sorted(c), len(c), 99 in c)
try:
    c.remove(12345)
except KeyError as e:
    print("KeyError", e)
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, {fs: "frozen"}, frozenset() == set(), fs == {1, 2, 3}, hash(fs) == hash(frozenset({1, 2, 3})))
print({x % 3 for x in range(10)}, {(x, y) for x in range(2) for y in range(2)}, set("mississippi") == set("misp"))
print(sorted({"banana", "apple", "cherry"}), sorted({-1, 5, 3}, reverse=True))
nested = {"a": [1, {"b": (2, 3)}], "c": {"d": {"e": None}}, 1: 1.5, (1, 2): frozenset({1})}
print(nested, repr(nested["c"]))
print(str({"q": "it's", "r": 'say "hi"', "s": "both ' \""}), ["\n", "\t", "\\", "\x00", "é", "\u2603"])
dd = {}
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd.setdefault(k, []).append(v)
print(dd)
print({1: "a", True: "b", 1.0: "c"}, {0, False, 0.0}, len({(1, 2), (1, 2)}))
e = {}
e[None] = 0; e[()] = 1; e[3.5] = 2; e[-1] = 3
print(e, list(reversed(e)) if hasattr(e, "__reversed__") else list(reversed(list(e))))
print(sorted(e.items(), key=lambda kv: kv[1], reverse=True)[0])
print({1, 2} == {2, 1}, [1, 2] == [2, 1], {"a": 1, "b": 2} == {"b": 2, "a": 1}, (1, 2) < (1, 2, 0), [3] > [2, 9])
s = {5}
print(s.pop(), s, set(), frozenset(), dict(), {1: {}})
