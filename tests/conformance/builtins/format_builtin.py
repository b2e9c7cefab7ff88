# format() builtin with specs on ints, floats, strings, bools and None.
print(format(42), format(42, "5"), format(42, "<5") + "|", format(42, "^7"), format(42, "08b"), format(255, "x"), format(255, "#X"))
print(format(3.14159, ".2f"), format(3.14159, "10.4f"), format(1e6, ",.1f"), format(0.5, "%"), format(12345.6789, "e"), format(0.00012, "g"))
print(format("text", ">10"), format("text", "*<8"), format("text", ".2"), format(True, ""), format(True, "d"), format(None, ""))
print(format(-7, "+"), format(7, " "), format(-7, " "), format(7, "+05"), format(1234567, "_"), format(1234567.125, ","))
print(format(2 ** 70, ","), format(-0.0, ".1f"), format(float("inf"), "10"), format(float("nan"), "^7"))
try:
    format(1, ".2s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "+")
except ValueError as e:
    print(type(e).__name__, e)
