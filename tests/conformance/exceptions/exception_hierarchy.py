# The standard exception hierarchy: catching by base class, issubclass relations, args and repr.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (IndexError, LookupError), (KeyError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException), (SystemExit, Exception),
    (Exception, BaseException), (AssertionError, Exception), (AttributeError, Exception),
    (TypeError, ValueError), (UnicodeError, ValueError), (EOFError, Exception), (FloatingPointError, ArithmeticError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
for exc_type, payload in [(ZeroDivisionError, "z"), (KeyError, "k"), (IndexError, "i"), (UnboundLocalError, "u")]:
    try:
        raise exc_type(payload)
    except LookupError as e:
        print("LookupError caught", type(e).__name__, e)
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__, e)
    except NameError as e:
        print("NameError caught", type(e).__name__, e)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("a", "b")), repr(ValueError()), str(ValueError(1, "x")))
print(repr(Exception("a", 1)), Exception("msg").args, str(Exception()), repr(StopIteration(5)))
e = OSError("disk full")
print(type(e).__name__, e, e.args)
try:
    raise NotImplementedError("subclass must implement")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise Exception("generic")
except BaseException as e:
    print("BaseException caught", e)
