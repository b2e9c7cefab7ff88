# repr of strings: quote choice, escapes for control chars, unicode printability.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nhere", "cr\rhere", "back\\slash",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é ñ ü", "\u2028", "\ufeff", "日本", "\U0001F600",
           "\t\n\r\x0b\x0c", "", "'", '"', "\\'"]
for s in samples:
    print(repr(s))
print(str("x'y"), ["a'b", 'c"d', "e"], ("\n",), {"k\t": "v\\"})
print(ascii("é\n日"), ascii("plain"), ascii("\U0001F600"))
