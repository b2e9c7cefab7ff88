# strip / lstrip / rstrip with and without character sets; removeprefix/removesuffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHELLOcba".lstrip("abc"), "abcHELLOcba".rstrip("abc"))
print(repr("".strip()), repr("   ".strip()), "www.example.com".strip("cmowz."))
print("0001200".lstrip("0"), "0001200".rstrip("0"), "  x  ".strip(" "), "\u3000wide\u3000".strip())
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
print(repr("\x0b\x0cvt\x1c".strip()))
