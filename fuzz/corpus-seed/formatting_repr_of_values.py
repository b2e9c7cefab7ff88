# repr() and str() of every basic value kind, as print shows them alone and inside containers.
values = [0, -1, 10 ** 25, 1.0, -2.5e-8, 1e16, float("nan"), 2j, -1.5 + 0j, True, None, "", "x", "a'b", 'a"b', "a\\b",
          [], [1, [2]], (), (1,), (1, 2), {}, {"a": 1}, set(), {1}, frozenset({2}), range(1, 5, 2), range(3)]
for v in values:
    print(str(v), "|", repr(v), "|", [v], "|", (v,))
print({1: "a", "b": 2.0, (1, 2): [None], None: {}}, {"nested": {"deeper": {"deepest": ()}}})
