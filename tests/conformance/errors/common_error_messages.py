import math
def f(x, y=1, *, z=2): return x
class K:
    def m(self, a): return a
errors = [
    lambda: None.x,
    lambda: [1]["a"],
    lambda: "abc"["a"],
    lambda: (1)[0],
    lambda: iter(5),
    lambda: [a for a in 5],
    lambda: [x for x, y in [1]],
    lambda: [(a, b) for a, b in [(1, 2, 3)]],
    lambda: [(a, b, c) for a, b, c in [(1, 2)]],
    lambda: exec_set("abc"),
    lambda: exec_set((1, 2)),
    lambda: 1 + None,
    lambda: 1 < "a",
    lambda: [] < (),
    lambda: f(1, q=2),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, x=1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: int([1]),
    lambda: int("x"),
    lambda: int("1.5"),
    lambda: float("x"),
    lambda: float([]),
    lambda: [1].remove(2),
    lambda: {}["k"],
    lambda: ({1: 2})(),
    lambda: undefined,
    lambda: len(5),
    lambda: "a" + 1,
    lambda: (1, 2)[5],
    lambda: [].pop(),
    lambda: [].pop(3),
    lambda: None(),
    lambda: math.sqrt(-1),
    lambda: 1 // 0,
    lambda: 1.0 // 0,
    lambda: 1 % 0,
    lambda: 0.0 ** -1,
    lambda: pow(2, 3, 0),
    lambda: pow(2.0, 3, 5),
    lambda: "abc".index("d"),
    lambda: "a".split(""),
    lambda: range(3.5),
    lambda: range(1, 5, 0),
    lambda: [1, 2][::0],
    lambda: "x" * 2.5,
    lambda: [1] * "a",
    lambda: {[1]},
    lambda: {}.fromkeys(1),
    lambda: dict(1),
    lambda: dict([1]),
    lambda: list.append(),
    lambda: "".join([1, 2]),
    lambda: sorted([1, None]),
    lambda: max(),
    lambda: max(1, 2, key=None, bad=1),
    lambda: min([], key=len),
    lambda: sum([[1]], 0),
    lambda: chr(1114112),
    lambda: ord(""),
    lambda: int("10", 99),
    lambda: round("x"),
    lambda: abs(None),
    lambda: divmod("a", 1),
    lambda: hex(1.5),
    lambda: bool.x,
    lambda: type.mro(),
    lambda: isinstance(1, 1),
    lambda: issubclass(1, int),
    lambda: getattr(1, 2),
    lambda: next([]),
    lambda: enumerate(1),
    lambda: zip(1),
    lambda: (lambda *, k: k)(1),
    lambda: (lambda a, b: 0)(1),
    lambda: (lambda a, b, c: 0)(1),
    lambda: (lambda: 0)(1, 2),
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(1, **{"y": 1}, y=2),
    lambda: "{0}".format(),
    lambda: "{x}".format(),
    lambda: "%d" % [],
    lambda: "%s %s" % "a",
    lambda: tuple(1),
    lambda: set(1),
    lambda: frozenset([[1]]),
    lambda: [].index(1),
    lambda: (1,).index(2),
    lambda: "a".count(1),
    lambda: "a".replace(1, 2),
    lambda: "a".startswith(1),
    lambda: "abc".center("x"),
    lambda: "abc".zfill("3"),
    lambda: [3, 1].sort(key=1),
    lambda: int.bit_length(5),
    lambda: 2 ** 10000 * 1.0,
    lambda: math.factorial(10 ** 10) if False else math.exp(710),
    lambda: float("1e400") // 0,
    lambda: int(float("inf")),
    lambda: 10 ** 10 ** 10 if False else [0] * -1 + 5,
]
def exec_set(s):
    s[0] = 1
for i, fn in enumerate(errors):
    try:
        r = fn()
        print(i, "ok", repr(r)[:40])
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
def unbound():
    print(q)
    q = 1
try:
    unbound()
except NameError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = "ab"
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __len__(self):
        return -1
    def __repr__(self):
        return 5
    def __bool__(self):
        return "yes"
for fn in [lambda: len(Bad()), lambda: repr(Bad()), lambda: bool(Bad()), lambda: str(Bad())]:
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
[1, 2, 3].index(7)
