# str.split / rsplit / splitlines / join.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".split(",", maxsplit=2))
print("a,b,c".rsplit(",", 1), "a b c d".rsplit(None, 2), "".split(), "".split(","), "   ".split())
print("one::two::three".split("::"), "x".split("x"), "abc".split("abc"))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "a\nb\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join(str(i) for i in range(5)), "+".join("abc"))
print(" ".join([]), "|".join(["only"]))
try:
    print(",".join([1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
words = "the rain in spain stays mainly in the plain".split()
print(len(words), words[::2], " ".join(reversed(words)))
csv = "name,age\nann,31\nbob,27"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
print("a  b".split(" ", 1), "  lead".split(None, 1), "trail  ".rsplit(None, 1))
