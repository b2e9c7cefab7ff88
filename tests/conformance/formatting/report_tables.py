rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 4.125), ("kiwi", 0, 12345.6789)]
print(f"{'name':<10}|{'qty':>5}|{'price':>10}|{'total':>12}")
print("-" * 40)
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5d}|{price:>10.2f}|{qty * price:>12,.3f}")
print(f"{'=':=^40}")
x = 1234567.891
for spec in ["", ".2f", ",.2f", "_.1f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "+.2f", " .2f", "015.3f", "<15.2f", ">15.2f", "^15.2f", "*^15.2f", "#.0f", ".0f", "n", ".10g", "010,.1f"]:
    print(repr(spec), format(x, spec), format(-x, spec))
for n in [0, 7, -7, 255, 65535, -1024, 10**12]:
    print(f"{n:d}|{n:5d}|{n:<5d}|{n:^7d}|{n:+d}|{n: d}|{n:x}|{n:X}|{n:#x}|{n:o}|{n:#o}|{n:b}|{n:#b}|{n:,}|{n:_}|{n:08d}|{n:#010x}|{n:_b}")
for v in [0.0, -0.0, 1e16, 1e-5, 123456789012345678.0, 0.1 + 0.2, float("inf"), float("-inf"), float("nan"), 1/3, 2.5, 1e22, 5e-324]:
    print(repr(v), str(v), f"{v}", f"{v:g}", f"{v:.3}", f"{v:10.4e}", f"{v:.2%}" if v == v and abs(v) != float("inf") else "-")
print(f"{'abc':>6}|{'abc':<6}|{'abc':^6}|{'abc':.2}|{'abc':*>7.1}|{'ab':^5}|")
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {-0.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f}")
print(f"{True} {True:d} {None!r} {'x'!r:>5} {'é'!a}" if False else f"{True} {True:d} {None!r} {'x'!r:>5}")
w, p = 12, 3
print(f"{3.14159:{w}.{p}f}|{'hi':{'>'}{w}}|")
print(f"{{literal}} {{{w}}}")
print("%s %r %d %5.2f %-6s| %06.1f %x %X %o %e %g %%" % ("s", "r", 42, 3.14159, "ab", -2.5, 255, 255, 8, 12345.678, 0.00001234))
print("%(name)s is %(age)03d" % {"name": "Bob", "age": 7})
print("%c%c %5s %-5s| %.3s %+d % d %i" % (72, "i", "r", "l", "truncate", 5, 5, 3.99))
print("{} {} {}".format(1, "a", [2]), "{0}{1}{0}".format("x", "y"), "{name}={val:.2f}".format(name="pi", val=3.14159))
print("{:>8}|{:<8}|{:^8}|{:08.3f}|{:+,}".format("r", "l", "c", -3.14159, 1234567))
print("{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3+4j))
print("{!r} {!s} {:5}|{:<5}|".format("q", "q", 42, True))
print(format(12, "b"), format(3.5), format("x", "^3"), format(1e100), format(12.0, ""), format(10, "c"))
print(str(1e16), str(1.5e-7), str(123e300 * 10), repr(-1e-10), 1e15, 1e16 / 3, 100.0, 1.0e-4, 0.0001234)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(15, -1), round(25, -1), round(7.0), type(round(7.0)))
