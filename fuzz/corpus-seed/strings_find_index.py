# find / rfind / index / rindex with start and end arguments.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"), s.find(""), s.rfind(""))
print(s.find("o", 5, 10), s.find("o", -5), s.rfind("o", 0, 10), s.find("hello", -100, 3))
print(s.index("world"), s.rindex("l"), s.index("p", 10), "abc".find("c", 3), "abc".find("", 3), "abc".find("", 4))
for args in [("xyz",), ("hello", 20), ("o", 0, 4)]:
    try:
        s.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.rindex("zzz")
except ValueError as e:
    print(type(e).__name__, e)
print("a" in s, "hello" in s, "Hello" in s, "" in s, "lo w" in s)
print([i for i in range(len(s)) if s.startswith("l", i)])
print("mississippi".find("ss"), "mississippi".rfind("ss"), "mississippi".count("ss"), "mississippi".count("i"))
