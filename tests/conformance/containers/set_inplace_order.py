# Augmented set operators change the set in place (same object) and leave it laid out as
# CPython's in-place algorithms do, so it prints in the same order.
s = set()
for w in "alpha beta gamma delta epsilon zeta".split():
    s.add(w)
t = s
s |= {"eta", "theta"}
print(s, t is s)
s -= {"alpha", "nothing"}
print(s, t is s)
s ^= {"q", "beta", "r"}
print(s, t is s)
s &= {"q", "gamma", "r", "zz"}
print(s, t is s)
n = set(range(0, 40, 3))
m = n
n |= set(range(1, 40, 7))
n ^= {0, 1, 100, 64}
n -= {3, 6}
print(n, m is n, len(n))
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g)


class V:
    def __mul__(self, other):
        return NotImplemented


for seq in ("x", [1], (2,)):
    try:
        V() * seq
    except TypeError as e:
        print("TypeError:", e)
