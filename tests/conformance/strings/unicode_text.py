# Unicode strings: lengths, case mapping, ord/chr, comparisons, iteration.
s = "naïve café 日本語 😀"
print(len(s), s.upper(), s[6:10], s[-1], [ord(c) for c in s[-3:]])
print(chr(233), chr(0x65e5), chr(128512), ord("€"), hex(ord("😀")))
print(sorted(["é", "e", "z", "É", "😀", "a"]))
print("Straße".lower(), "ΑΒΓ".lower(), "ﬁ".upper(), len("ﬁ".upper()))
print("é" == "e\u0301", len("e\u0301"))
print("😀" * 3, "日本語".find("語"), "日本語".replace("本", "-"))
print("x".join("日本"), "ab日cd".center(9, "*"))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
