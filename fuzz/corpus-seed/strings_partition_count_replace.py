# partition / rpartition / count / replace / startswith / endswith.
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("aaa".count("a"), "aaaa".count("aa"), "abc".count(""), "hello".count("l", 3), "hello".count("l", 0, 3), "".count(""))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "banana".replace("", "-"), "banana".replace("na", ""), "aaa".replace("a", "aa"))
print("banana".replace("x", "y"), "abc".replace("", "-", 2), "a.b.c".replace(".", ""))
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name", 4), s.endswith(".gz"), s.endswith((".zip", ".gz")), s.startswith(("a", "b")))
print(s.endswith("tar", 0, 12), s.startswith(""), "".endswith(""), s.startswith("name", 4, 6))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".partition("")
except ValueError as e:
    print(type(e).__name__, e)
