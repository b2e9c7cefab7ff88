text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print(f"{w:>12} {'#' * n} {n}")
print(len(text), text.count("it"), text.count("was", 10, 50), text.find("age"), text.rfind("age"), text.index("epoch"), text.rindex("it"))
print(text.splitlines()[1].title(), text.upper()[:20], text.lower().startswith("it"), text.endswith(("y.", "x")))
print("  padded  ".strip(), "|", "xxhixx".strip("x"), "|", "  left".lstrip(), "|", "right  ".rstrip(), "|", "abcba".strip("ab"))
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "  x  y ".split(" "), "".split(), "".split(","))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(True), "no newline".splitlines())
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(map(str, range(5))), "x".join("abc"))
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "mississippi".replace("ss", "SS"))
print("key=value=x".partition("="), "no sep".partition("="), "a.b.c".rpartition("."), "abc".rpartition("z"))
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "3.14".zfill(8))
print("[" + "mid".center(9) + "]", "[" + "mid".center(10, "*") + "]", "[" + "l".ljust(4, ".") + "]", "[" + "r".rjust(4, "0") + "]", "ab".center(1))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), " \t\n".isspace(), "".isspace(), "Title Case".istitle(), "UP".isupper(), "low".islower(), "½".isnumeric(), "٣".isdecimal(), "x1".isidentifier())
print("hello".capitalize(), "HELLO world".swapcase(), "they're bill's friends".title(), "ß".upper(), "İ".lower() == "i̇", "ǅ".lower())
print("tab\tsep\tcols".expandtabs(4), "a\tb".expandtabs(), repr("a\tb".expandtabs(0)))
print("abc" * 3, 3 * "-", "abc"[::-1], "abcdef"[1:5:2], "abc"[-1], "abc"[5:], "abc"[-10:2])
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" == "abc", "ab" in "cabd", "" in "x", ord("A"), chr(9731), chr(0x1F600))
s = "The Quick Brown Fox"
print([c for c in s if c.isupper()], s.casefold(), sum(1 for c in s.lower() if c in "aeiou"))
print(s.removeprefix("The "), s.removesuffix("Fox"), s.removeprefix("xyz"))
caesar = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in "hello, world!")
print(caesar)
def is_pal(t):
    t = "".join(ch.lower() for ch in t if ch.isalnum())
    return t == t[::-1]
print([is_pal(x) for x in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]])
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("back\\slash"), repr("\x7f\x80\xa0\u00ad"), repr("\u200b\ufeff"), repr("tab\tnl\ncr\r"), repr("é😀"))
print(str(123), str(-4.5), str([1, "a"]), str(("x",)), str(None), str(True), repr(""), repr("'"), ascii("é") if False else "")
print("%-10s|%10s|" % ("left", "right"), "%.2f%%" % 99.567, "%5.1f" % -0.04, "%e" % 0, "%g" % 1e-5, "%g" % 123456789, "%#x %#o" % (255, 8))
print("{:<10}|{:>10}|{:^10}".format("a", "b", "c"), "{:,}".format(1234567.891), "{0:{1}}".format("pad", 6) + "|")
print("abc".encode() if False else "", "x".join([]), "abc".count(""), "aaa".count("aa"), "abc".find(""), "abc".find("", 5), "hello"[1:-1].upper())
table = [("Name", "Qty"), ("widget", 5), ("gizmo", 12)]
width = max(len(str(r[0])) for r in table)
for a, b in table:
    print(str(a).ljust(width), str(b).rjust(4))
print(" ".join(w[::-1] for w in "reverse each word".split()), "snake_case_name".split("_"), "".join(p.title() for p in "snake_case_name".split("_")))
print("CamelCaseString".lower(), [i for i, c in enumerate("CamelCaseString") if c.isupper()])
print(max("apple", "pear", "fig", key=len), min(["b", "a", "C"]), sorted("bAca"), sorted("bAca", key=str.lower))
print("a-b_c d".translate({ord("-"): " ", ord("_"): None}) if hasattr(str, "translate") else "a b c d")
print(str.join(",", ["x", "y"]), str.upper("q"), "abc".startswith("bc", 1), "abc".endswith("ab", 0, 2), "abcabc".index("c", 3))
