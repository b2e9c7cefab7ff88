# Format-spec mini-language for floats: f, e, g, %, precision, width, grouping, sign, alternate form, special values.
values = [0.0, -0.0, 1.0, -1.5, 3.14159265, 2.5, 0.125, 1234567.891, 1e-7, 1.5e16, 1e22, 123.456e-10, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".1f", ".3f", "10.2f", "<10.2f", "^12.3f", "+.2f", " .2f", "e", ".0e", ".3E", "g", ".3g", ".10g", "G",
         "%", ".1%", ",.2f", "_.3f", "010.2f", "#.0f", "#g", "#.3g", ".2", "-.1f", "012,.1f"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append(f"<ValueError: {e}>")
    print(repr(v), row)
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005]:
    print(v, f"{v:.0f} {v:.1f} {v:.2f}")
print(f"{1e16:.0f} {2 ** 0.5:.20f} {1 / 3:.17g} {1e-5:g} {1e-4:g} {123456:g} {1234567:g} {0.0001234:.2e}")
print(f"{12345.6789:,} {-1234.5:_} {1e6:,.0f} {0.1:.30f}")
