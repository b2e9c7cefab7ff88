# assert passes silently or raises AssertionError with an optional message.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    x = 5
    assert x < 0, f"x was {x}"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["message", "as", "list"]
except AssertionError as e:
    print(e.args[0])

def check(n):
    assert isinstance(n, int), "need an int"
    return n * 2

print(check(4))
try:
    check("4")
except AssertionError as e:
    print("caught:", e)
