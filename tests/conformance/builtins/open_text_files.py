# open(): writing and reading text files (write, writelines, read, readline, readlines, iteration, append, with).
path = "/tmp/mnpy_conformance_open_text_files.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
print("wrote", n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("\nappended")
f = open(path)
lines = f.read().splitlines()
f.close()
print(lines, len(lines))
with open(path, "w") as f:
    print("via print", 42, file=f)
    print("second", end="", file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path, "w", encoding="utf-8") as f:
    f.write("unicode: é 日本 😀\n")
with open(path, encoding="utf-8") as f:
    text = f.read()
print(text, end="")
print(len(text))
with open(path, "w") as f:
    f.write("")
with open(path) as f:
    print(repr(f.read()), repr(f.readline()))
try:
    open("/tmp/mnpy_conformance_this_file_does_not_exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
except OSError as e:
    print(type(e).__name__, e)
try:
    with open(path) as f:
        f.write("x")
except OSError as e:
    print("OSError raised:", e)
