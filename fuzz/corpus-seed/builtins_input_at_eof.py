# input() with empty standard input raises EOFError with CPython's message.
print("reading")
try:
    value = input()
    print("got", repr(value))
except EOFError as e:
    print(type(e).__name__, e)
