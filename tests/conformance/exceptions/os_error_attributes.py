try:
    open("/nonexistent/x.txt")
except OSError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
try:
    open("/nonexistent/x.txt")
except FileNotFoundError as e:
    print(repr(e))
e = OSError(2, "No such file")
print(type(e).__name__, e, e.args, str(OSError("plain")), str(OSError(1, "a", "f")))
try:
    open("/tmp", "w")
except IsADirectoryError as e:
    print(e)
except PermissionError as e:
    print("perm", e)
for args in [(), ("msg",), (17, "File exists"), (13, "Permission denied", "p.txt"), (99, "Odd", "a", None, "b"), (2, "x", None)]:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename)
print(issubclass(FileNotFoundError, OSError), isinstance(OSError(2, "x"), FileNotFoundError))
open("/nonexistent/dir/file.txt", "w")
