# repr/str of nested containers with every scalar kind and self references.
data = [1, -2.5, "s", 'q"', "it's", None, True, 3 + 4j, (1,), (), [], {}, set(), frozenset(), range(3),
        {"k": [1, {"n": (2, 3)}]}, [[[]]], {1: {2: {3: None}}}, 1e100, -0.0, float("inf"), 10 ** 20]
print(data)
print(str(data) == repr(data))
print(repr(data[2]), str(data[2]), repr([data[2]]), str([data[2]]))
print((1, "two", [3.0]), {"a": (), "b": frozenset({1})}, [set([5]), {6: set()}])
d = {"self": None}
d["self"] = d
l = [d]
l.append(l)
print(l)
t = ([],)
t[0].append(t)
print(t)
print([print], len.__name__)
print(list(map(repr, [1.0, "x", None])))
