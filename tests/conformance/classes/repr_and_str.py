# __repr__ and __str__: which is used by print, str(), repr(), containers, f-strings and %.
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
    def __repr__(self):
        return "StrOnly-repr-fallback"
b = Both()
r = ReprOnly()
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b}", f"{b!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(r, str(r), [r], f"{r}")
print(StrOnly(), [StrOnly()])
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        return format(str(self), spec)
m = Money(12345)
print(m, repr(m), f"[{m:>12}]", [m, Money(5)])
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
# str() of a class with only __repr__ runs it, and reports a non-str result as __str__'s
try:
    str(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
