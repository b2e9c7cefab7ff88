# Exception objects: args, str/repr with 0, 1 and many args, attributes, catching tuples, re-raising stored exceptions.
errors = [ValueError(), ValueError("one"), ValueError("one", 2), KeyError("k"), KeyError(), IndexError(3), TypeError(None)]
for err in errors:
    print(type(err).__name__, repr(str(err)), repr(err), err.args)
saved = None
try:
    int("nope")
except ValueError as e:
    saved = e
print(type(saved).__name__, saved.args)
try:
    raise saved
except ValueError as e:
    print("re-raised saved:", e is saved)
try:
    raise ValueError
except (TypeError, ValueError) as e:
    print("tuple catch", type(e).__name__)
caught = []
for exc in [ValueError, TypeError, KeyError, ZeroDivisionError]:
    try:
        raise exc("x")
    except (ValueError, TypeError):
        caught.append("value/type")
    except LookupError:
        caught.append("lookup")
    except Exception:
        caught.append("other")
print(caught)
e = RuntimeError("with attr")
e.extra = 42
try:
    raise e
except RuntimeError as err:
    print(err.extra, err)
def handler():
    try:
        raise KeyError("inside")
    except KeyError as exc:
        return exc
r = handler()
print(type(r).__name__, r)
print(isinstance(ValueError("v"), Exception), isinstance(ValueError, type), ValueError.__name__)
