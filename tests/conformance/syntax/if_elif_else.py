# if / elif / else including truthiness of many kinds of values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 3, 10, 1000):
    print(n, classify(n))

for value in (0, 1, -1, 0.0, 0.5, "", "x", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, 0j, 1j, range(0), range(1)):
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")

x = 5
if x > 3: print("one-line if")
if x > 10:
    print("not printed")
if not x:
    print("not printed")
else:
    print("else branch")
if x == 5 and (x > 1 or x < -1):
    print("compound condition")
