# abs, int, float, str, repr, bool, list, tuple, dict, set, frozenset constructors.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 - 4j), abs(-(2 ** 70)), abs(False))
print(int(" 12 "), int(12.9), float("3.25"), float(4), str(4.0), str(-0.0), repr("x"), repr(1e-7), bool("False"))
print(list("ab"), list((1, 2)), list({"a": 1}), list({3}), tuple([1]), tuple("hi"), tuple(range(2)))
print(dict(a=1), dict([(1, 2)]), dict({"x": 1}, y=2), dict(zip("ab", "cd")), sorted(set("hello")), set([1, 1]), frozenset([2, 2]))
print(str(), int(), float(), bool(), list(), tuple(), dict(), set(), frozenset(), complex())
print(type(int("5")), type(str(5)), type(list()), type(bool(1)))
print(str([1, "a", None]), str({"k": (1,)}), repr(str(1)))
