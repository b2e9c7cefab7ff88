# try / except / else / finally: which blocks run, in what order.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "return":
            return log + ["returned"]
        log.append("try-end")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
print(run("return"))
def multiple(x):
    try:
        return 10 / x if x != "k" else {}["k"]
    except ZeroDivisionError:
        return "zero"
    except (TypeError, KeyError) as e:
        return f"type-or-key: {type(e).__name__}"
    except Exception:
        return "other"
print(multiple(2), multiple(0), multiple("s"), multiple("k"))
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not this one")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
try:
    raise IndexError("bare except")
except:
    print("bare except caught it")
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def reraise():
    try:
        raise TypeError("original")
    except TypeError:
        print("handling, then re-raising")
        raise
try:
    reraise()
except TypeError as e:
    print("re-raised:", e)
try:
    pass
except Exception:
    print("never")
else:
    print("else with no exception")
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop body", i)
    finally:
        print("loop finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("break finally", i)
