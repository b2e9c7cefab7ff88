# String literals: quoting styles, escapes, raw strings, implicit concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab:\tend", "newline:\nend")
print("backslash: \\ done")
print("\x41\x42\x43", "\101\102", "\u00e9\u20ac", "\U0001F600" == "\U0001f600")
print("\N{GREEK SMALL LETTER ALPHA}" == "\u03b1")
print(r"raw \n stays", R"C:\path\to")
print("implicit" " concatenation" ' works')
multi = """line one
line two
  indented"""
print(multi)
print(len("\n"), len(r"\n"), len("\\"))
print(repr("a\tb\nc\\d'e"), repr('x"y'), repr("x'y"), repr("x'y\"z"))
print(repr("\x00\x07\x1b\x7f"), repr("\u00e9"), repr("\u200b"))
cont = "abc\
def"
print(cont)
print("" == '', len(""))
