# center / ljust / rjust / zfill / expandtabs.
for w in [0, 3, 8, 9, 10]:
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".center(w, "*")))
print(repr("ab".center(5)), repr("ab".center(6, "-")), repr("abc".center(6, "-")), repr("a".center(4, ".")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print("3.14".zfill(8), "-0.5".zfill(6))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(2)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in table:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(8))
