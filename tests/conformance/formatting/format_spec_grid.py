vals = [0, 1, -1, 7, 42, -255, 1000, 123456789, -98765432109876543210, True, False]
specs = ["", "d", "5", "<6", ">6", "^6", "=+8", "+", "-", " ", "08", "x", "#X", "#o", "b", "#b", "c", ",", "_", "_x", "e", ".2e", "f", ".1f", "g", ".3g", "%", ".0%", "n", "*^9,", "0=+10,d", "#010b", "10.3", "e"]
for v in vals:
    out = []
    for s in specs:
        if s == "c" and (v < 0 or v > 1114111):
            continue
        try:
            out.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            out.append("ERR:" + str(e))
    print(repr(v), "|".join(out))
fvals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1e-7, 123456.789, 1.5e300, -2e-300, 1e16, 9.999999, 0.00012345, float("inf"), float("-inf"), float("nan"), 12345678901234567890.0]
fspecs = ["", "f", ".0f", ".3f", "10.2f", "<10.1f", "^12.4e", "e", ".0e", "E", "g", ".1g", ".2g", ".10g", "G", "#g", "#.3g", "%", ".1%", "+", " ", "+.3", ".3", "012.3f", "=+12.2f", ",.2f", "_.3f", "n", ".5n", "r" if False else "", "#.0f", "#.0e", ".15g", ".17g", "0>8.2f", "x<+9.1f"]
for v in fvals:
    out = []
    for s in fspecs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError) as e:
            out.append("ERR:" + str(e))
    print(repr(v), "|".join(out))
for c in [1 + 2j, -0.5j, complex(1e20, -3), 0j, complex(-1, 0), 3.5 + 0j]:
    print(repr(c), str(c), format(c, ""), format(c, ".2f"), format(c, "^20"), format(c, "+.3g"), format(c, "e"))
for s in ["", "a", "hello", "ünïcode", "tab\t"]:
    print([format(s, sp) for sp in ["", "<5", ">5", "^5", "*^7", ".2", "5.1", "s", "=<3"]])
for bad in [("d", 1.5), ("x", 2.0), ("f", "s"), (",d", "s"), ("=5", "s"), ("+", "s"), ("c", 1.5), (".2d", 5), ("#s", "x"), (",c", 65), ("z", 1), ("5.2.3f", 1.0)]:
    try:
        print(format(bad[1], bad[0]))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("%5s|%-5s|%05d|%+.2e|%x|%X|%#o|%c|%%|%r|%a" % ("a", "b", 42, 12345.678, 255, 255, 8, 65, "q", "é"))
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "x", "b": 2.25}, "%s" % (1,), "%s" % [1, 2], "%d%%" % 50, "%.3s" % "abcdef", "%*d" % (5, 3), "%-*.*f|" % (8, 2, 3.14159))
print("%i %u %g %G %e %E %f %F" % (3.7, 4, 1e-5, 1e20, 0.5, 0.5, 1 / 3, float("inf")))
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", {}), ("%z", 1), ("%c", "ab"), ("%d", None), ("%(a)s %s", {"a": 1})]:
    try:
        print(bad[0] % bad[1])
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
print("{:{}{}{}}".format(3.14159, "^", 12, ".3f"), "{0!r:>8}{1!s:<4}|".format("a", 2), "{:%Y}".format(5) if False else "", "{a.real}".format(a=2), "{0[0]}{0[1]}".format("xy"))
for bad in ["{", "}", "{0", "{!x}", "{:d}", "{a}", "{1}", "{0[}"]:
    try:
        print(bad.format("s"))
    except (ValueError, KeyError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
name, n = "widget", 3
print(f"{name=}", f"{n * 2 = }", f"{name!r:>10}", f"{n:{'>'}{n+2}}", f"{'nested {x}'}", f"{3.0!s}", f"{[1, 2]!r}", f"{n:#x}", f"{-n:=5}")
