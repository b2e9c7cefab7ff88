class AppError(Exception):
    pass

class DBError(AppError):
    def __init__(self, code, msg="db failed"):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"

def query(n):
    if n < 0:
        raise ValueError("negative id")
    if n == 0:
        return {}["missing"]
    return 100 // (n - 1)

def fetch(n):
    try:
        return query(n)
    except KeyError as e:
        raise DBError(404) from e
    except ZeroDivisionError:
        raise DBError(500, "boom")

for n in [5, 0, 1, -1]:
    try:
        print("ok", fetch(n))
    except DBError as e:
        print("DBError", e, repr(e), e.code, e.args)
        print("  cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
    except AppError:
        print("never")
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("else ran")
    finally:
        print("finally", n)

def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError as e:
        print("caught", e)
        return "from except"
    finally:
        print("outer finally")
print(nested())

def finally_overrides():
    try:
        return 1
    finally:
        print("finally runs before return")
print(finally_overrides())

def loop_ctl():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
print(loop_ctl())

errors = [
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: int("abc"),
    lambda: float("x1"),
    lambda: None + 1,
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: len(5),
    lambda: undefined_name,
    lambda: (1).foo,
    lambda: "abc".nope(),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: int("12", 1),
    lambda: divmod(1, 0),
    lambda: 1.0 / 0,
    lambda: 5 % 0,
    lambda: 2 ** -1 // 0,
    lambda: tuple()[0],
    lambda: "x" * "y",
    lambda: [1] < ["a"],
    lambda: next(iter([])),
    lambda: set().pop(),
    lambda: (1, 2).append(3),
    lambda: abs("x"),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: {[]: 1},
    lambda: hash([]),
    lambda: range(1, 2, 0),
    lambda: sum(["a", "b"]),
    lambda: max([]),
    lambda: min(1),
    lambda: iter(5),
    lambda: list(1),
    lambda: "{} {}".format(1),
    lambda: "%d" % "x",
    lambda: "%s %s" % (1,),
    lambda: int(None),
    lambda: a_b_c.d,
    lambda: [1, 2, 3][1:2:0],
    lambda: dict([(1, 2, 3)]),
    lambda: (lambda x: x)(),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(y=1),
    lambda: sorted([3, "a"]),
    lambda: 10 ** 400 * 1.0,
    lambda: float(10 ** 400),
    lambda: round(float("inf")),
    lambda: int(float("nan")),
    lambda: "abc"[10],
    lambda: "abc".split(""),
    lambda: getattr(object(), "zz"),
    lambda: setattr(1, "x", 2),
]
for i, f in enumerate(errors):
    try:
        f()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    raise AppError("x") from None
except AppError as e:
    print(e.__suppress_context__, e.__cause__)

def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        print("handling")
        raise
try:
    reraise()
except LookupError as e:
    print("LookupError caught", repr(e), str(e))
print(issubclass(DBError, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(StopIteration(), Exception), BaseException in KeyboardInterrupt.__mro__, SystemExit.__bases__)
e = ValueError("a", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("one")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print(repr(e))
def raise_chain():
    try:
        {}[1]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
raise_chain()
