# Dict methods: get, setdefault, pop, popitem, update, keys/values/items views, copy, clear, fromkeys.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
keys = d.keys()
values = d.values()
items = d.items()
d["w"] = 0
print(keys, values, items, len(keys))
print("x" in keys, 10 in values, ("x", 10) in items, ("x", 11) in items)
print(sorted(keys), sorted(values), list(reversed(d)), list(reversed(d.items())))
print(keys & {"x", "nope"}, sorted(keys | {"q"}), sorted(keys - {"x"}))
c = d.copy()
c["x"] = -1
print(d["x"], c["x"])
c.clear()
print(c, len(c))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
for call in [lambda: {}.pop("k"), lambda: {}.popitem(), lambda: d.get(), lambda: d.update(5)]:
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(d.items(), key=lambda kv: kv[1]), max(d, key=d.get), min(d.values()))
