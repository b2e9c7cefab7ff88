# Ordering of nested finally blocks, exceptions raised inside handlers and finally blocks.
def nested():
    try:
        try:
            print("level 2 try")
            raise RuntimeError("deep")
        finally:
            print("level 2 finally")
    except RuntimeError as e:
        print("level 1 except", e)
    finally:
        print("level 1 finally")
nested()
def raise_in_except():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
    except TypeError as e:
        print("caught", type(e).__name__, e, "context:", repr(e.__context__))
raise_in_except()
def finally_replaces():
    try:
        try:
            raise ValueError("lost")
        finally:
            raise KeyError("replacement")
    except Exception as e:
        print("caught", type(e).__name__, e, "context:", repr(e.__context__))
finally_replaces()
def finally_swallows():
    for _ in range(1):
        try:
            raise ValueError("swallowed by break")
        finally:
            break
    return "no exception escaped"
print(finally_swallows())
def generator_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in generator_cleanup():
    print("value", v)
print("after loop")
def counter():
    calls = []
    for i in range(3):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
                calls.append(f"ok{i}")
            finally:
                calls.append(f"f{i}")
        except ValueError as e:
            calls.append(f"e{e}")
    return calls
print(counter())
