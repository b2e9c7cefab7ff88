# Ends with an uncaught ValueError from int() on bad text.
for text in ["12", "-7", "3.5"]:
    print(text, "->", int(text))
