# bool() of every basic type and of user objects with __bool__/__len__.
for v in [0, 1, -1, 0.0, -0.0, 1e-300, float("nan"), 0j, 1j, "", "0", " ", [], [[]], (), ((),), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(-1, 0), None]:
    print(repr(v), bool(v))
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 2
print(bool(Z()), bool(L()), bool(object()))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
