# Ends with an uncaught ZeroDivisionError after printing partial results.
values = [4, 2, 1, 0]
for v in values:
    print("8 /", v, "=", 8 // v)
