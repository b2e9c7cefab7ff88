import random, math
d = {"b": 2, "a": 1}
print(d.keys(), d.values(), d.items(), reversed(d) is not None, list(reversed(d.items())))
print(len(str(10 ** 4000)), str(-10 ** 4299)[:5])
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(hex(10 ** 5000)[:10], len(repr(2 ** 14000)) if False else "skip")
lst = [5, 3, 8]
lst.insert(1, 9); lst.insert(-1, 7); lst.insert(100, 0); lst.extend(range(2)); print(lst)
print(lst.count(0), lst.index(0), lst.index(0, 6), lst.copy() == lst, lst[:] is lst)
lst.reverse(); print(lst)
lst.remove(0); print(lst, lst.pop(0), lst.pop(-2), lst)
lst.clear(); print(lst)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
random.seed(5)
print(random.choices("abc", k=5) if hasattr(random, "choices") else "", random.sample("abcdef", 3))
print("{name} is {age}".format_map({"name": "x", "age": 3}) if hasattr(str, "format_map") else "")
print("abc".isascii(), "é".isascii(), "Hello"[::2], "x".join(map(str, [1, 2])))
print(list(enumerate(["a", "b"], 1)), dict.fromkeys(["x", "y"], []), {k: v for k, v in zip("ab", [1, 2])})
print(bin(-5), oct(-8), hex(-255), int("-0b101", 0), int("0o17", 0), int("0X1f", 16), float("-.5e1"), float("Infinity"), float("-nan"))
print(round(-0.0), round(0.5 + 1e-16), round(2.5, 0), round(-1.55, 1), round(1e300, -300), round(123456, -10))
print(math.floor(-0.0), math.ceil(-0.5), -0.0, 0.0 * -1, abs(-0.0), str(-0.0), -0.0 == 0.0, math.copysign(0.0, -1))
print(1e308 + 1e308, -(1e308 + 1e308), (1e308 * 10) - (1e308 * 10), 2 ** 1023 * 2.0 if False else "", float(2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** -400 == 0, 10.0 ** -400, 5e-324 / 2, 2 ** 0.5 ** 2, (-1) ** 0.5)
print(7 // -1, -7 // 1, (-2 ** 63) // -1, (2 ** 63 - 1) * 2 // 2, abs(-2 ** 63), -(-2 ** 63))
print(int(-3.5), int(3.9999999999999999), int("-0"), int(" -12 "), int(1e18), int(1.5e19), 12345678901234567890 % 97)
print(sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]), 0.1 + 0.7, 0.1 * 0.7, 1 - 0.9)
print(max([]) if False else "", max("abc", "abd"), min([[2], [1, 5]]), max({1: 0, 3: 0}), sorted({3: 0, 1: 0}.items()))
print(3 .__class__.__name__, (3.0).is_integer(), 10 .bit_length(), (-0.5).as_integer_ratio(), (2 ** 70).bit_length())
print(complex(3, -0.0), complex(0, 1) ** 2, abs(complex(-3, 4)), complex(1.5), repr(complex(0, -0.0)), 1j.real, (1 + 1j) * 0)
