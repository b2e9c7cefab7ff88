# Conditional expressions and boolean operators (short circuit, returned values).
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", [1] and "x")
print(not 0, not 1, not "", not "a", not None)

def loud(name, value):
    print("evaluated", name)
    return value

print(loud("a", False) and loud("b", True))
print(loud("c", True) or loud("d", True))
print(loud("e", 0) or loud("f", 0) or loud("g", "last"))

x = 7
y = (x * 2) if x % 2 else (x // 2)
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print((lambda v: "big" if v > 100 else "small")(150))
print(True + True, True * 10, False - 1)
