# Concatenation, repetition, comparison, membership, len, min/max, ord/chr, sorting.
a = "spam"
b = "eggs"
print(a + b, a * 3, 3 * a, a * 0, a * -1, len(a + b), "-" * 20)
print(a < b, a > b, a == "spam", a != "Spam", "apple" < "apricot", "a" < "B", "10" < "9")
print(min("hello"), max("hello"), sorted("hello"), sorted(["banana", "Apple", "cherry"]), sorted("hello", reverse=True))
print("spa" in a, "x" not in a, list(reversed("abc")))
print(str(12), str(1.5), str([1, "a"]), str("already"), str(None), str())
s = ""
for i in range(5):
    s += str(i)
print(s)
try:
    print("a" + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 + "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" * "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" * 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" - "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(-"a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
