# printf-style % formatting: conversions, flags, width, precision, *, mapping keys, %%.
print("%s %s" % ("a", 1), "%r" % "a", "%d" % 42, "%i" % -3, "%5d|" % 42, "%-5d|" % 42, "%05d" % 42, "%+d" % 42, "% d" % 42)
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8), "%c%c" % (72, "i"), "%%", "100%%" % ())
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-7, 1e20))
print("%.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, 0.25), "%g %g %g" % (100000, 1000000, 0.0001), "%#g %#.3g" % (1.0, 2.0))
print("%s" % [1, 2], "%s" % (None,), "%s %s" % (True, 1.5), "%r %r" % ("q'", [1.0]), "%a" % "é")
print("%(name)s is %(age)d" % {"name": "ann", "age": 31}, "%(x)r %(x)s" % {"x": "v"})
print("%*d|" % (6, 42), "%-*d|" % (6, 42), "%.*f" % (2, 3.14159), "%*.*f|" % (8, 3, 2.71828))
print("%d" % 3.99, "%d" % True, "%s" % 10 ** 20, "%x" % 2 ** 70, "%.3s" % "abcdef", "%5s|%-5s|" % ("ab", "cd"))
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")), "%5.1f%%" % 99.5, "%e" % 0, "%o" % -8)
print("%s" % "only", "%s" % ("tuple",), "%s" % ((1, 2),))
for template, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 5), ("%c", 1.5), ("%c", "ab")]:
    try:
        print(template % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
