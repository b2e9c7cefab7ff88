# Format-spec mini-language for ints: fill, align, sign, #, 0, width, grouping, type codes.
values = [0, 7, -7, 255, -255, 123456789, -(2 ** 64)]
specs = ["d", "5d", "<6", ">6", "^7", "*^7", "=+8", "+", " ", "-", "05", "010d", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
         "#010b", ",", "_", "_x", "_b", ",d", "c", "e", ".2f", "%", "#_o", "+,", "-^9,", "012,"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(v, row)
print(f"{True:d} {True:5} {False:x}")
