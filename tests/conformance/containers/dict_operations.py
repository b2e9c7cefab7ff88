# Dicts: construction, insertion order, lookup, update, deletion, iteration, equality, merging.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "a" in d, "z" in d, 2 in d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"a": 1}, b=2), dict(zip("abc", range(3))))
print({1: "int", 1.0: "float", True: "bool"})
del d["a"]
d["a"] = 100
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print({"x": 1, "y": 2} == {"y": 2, "x": 1}, {} == {}, {"a": [1]} != {"a": [2]})
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged)
m = {"a": 1}
m |= {"z": 26}
print(m)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
inverted = {v: k for k, v in counts.items()}
print(inverted)
nested = {"outer": {"inner": [1, 2, {"deep": None}]}}
print(nested, nested["outer"]["inner"][2]["deep"])
keys = {(1, 2): "tuple", 3.5: "float", None: "none", -1: "neg", "": "empty"}
print(keys, keys[(1, 2)], keys[None])
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        d["new" + str(k)] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
r = {}
r["self"] = r
print(r)
print({i: i * i for i in range(5)})
