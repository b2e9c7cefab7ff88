# str.format: positional, numbered, named, attribute and index fields, conversions, specs.
print("{} and {}".format("spam", "eggs"), "{1} and {0}".format("spam", "eggs"), "{0}{1}{0}".format("ab", "-"))
print("{name} is {age}".format(name="Ann", age=31), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
class P:
    x = 3
    y = 4
print("({0.x}, {0.y})".format(P()))
print("{!r} {!s} {!a}".format("hi", "hi", "hé"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:d} {:5d} {:05d} {:+d} {:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:,} {:_}".format(*([42] * 11), 10 ** 7, 10 ** 7))
print("{:.2f} {:10.3f} {:e} {:.3E} {:g} {:%} {:.1%}".format(3.14159, 2.71828, 12345.678, 0.000123, 1e-7, 0.25, 0.1234))
print("{{literal}} {}".format("x"), "{:{width}.{prec}f}".format(3.14159, width=10, prec=2))
print("{0:>{1}}".format("pad", 6), "{:=+8.2f}".format(-3.5), "{:,.2f}".format(1234567.891))
for template, args in [("{", ()), ("{0}", ()), ("{x}", ()), ("{0:d}", ("s",)), ("}", ())]:
    try:
        print(template.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
