# Format-spec mini-language for strings: fill, alignment, width, precision (truncation), and errors.
for s in ["", "a", "hello", "日本", "long string here"]:
    print(repr(s), [format(s, spec) for spec in ["", "s", "10", "<10", ">10", "^10", "-^10", "*>8", ".3", "10.3", "^9.2", "0>6"]])
print(f"[{'left':<10}] [{'right':>10}] [{'mid':^10}] [{'mid':^9}] [{'x':#^5}]")
for bad in ["d", "+", "=10", ",", "#"]:
    try:
        format("text", bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(f"{'abc'!r:>10}|{None!s:^8}|{[1, 2]!s:>8}")
