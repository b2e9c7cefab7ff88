# Ends with an exception raised while handling another (implicit chaining); the last line is the newer one.
try:
    print("first failure coming")
    [].pop()
except IndexError:
    print("handling IndexError")
    {}["missing"]
