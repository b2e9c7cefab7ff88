# Ends with an uncaught exception raised as a bare class with no message.
print("about to raise")
raise RuntimeError
