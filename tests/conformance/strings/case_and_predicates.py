# Case conversion and the is* predicates.
s = "Hello World, hello PYTHON 3!"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ßtraße".upper(), "ǅ".lower(), "they're bill's".title(), "hello_world-foo bar".title())
for t in ["123", "12.3", "", "abc", "abc123", "ABC", "Abc", "   ", " a", "\t\n", "٣", "½", "²", "Hello World", "hello world", "_x", "x1"]:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier())
print("abc".isascii(), "é".isascii(), "hello\x00".isprintable(), "hello".isprintable())
