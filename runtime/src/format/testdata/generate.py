"""Generates the expected-value files of the format tests with CPython 3.11.

Usage: python3.11 generate.py [--count N] [--seed S] OUTPUT_DIR

Each output line is `kind <TAB> inputs... <TAB> expected`, where expected is `ok:<text>` or
`err:<ExceptionName>:<message>`. Text fields escape backslash, tab, newline and carriage
return as \\\\, \\t, \\n, \\r. Floats are written as their IEEE bits in hex (`0x3ff8...`).
Percent-format arguments are `T` (tuple), `S` (single value) or `D` (dict) followed by items
separated by U+001E, each `i:<int>`, `f:<bits>`, `s:<text>`, `b:<0|1>`, `n:`, `c:<bits>,<bits>`
(dict items are `key=<item>`).
"""
import math
import random
import struct
import sys


def esc(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def ifield(i):
    """Decimal text of an int of any size (the 4300-digit limit lifted while writing it)."""
    sys.set_int_max_str_digits(0)
    text = str(i)
    sys.set_int_max_str_digits(4300)
    return text


def bits(x):
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def run(fn):
    try:
        return "ok:" + esc(fn())
    except Exception as e:  # noqa: BLE001 - every Python error is an expected value
        return "err:%s:%s" % (type(e).__name__, esc(str(e)))


def rand_float(r):
    choice = r.random()
    if choice < 0.08:
        return r.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 0.5, 1.5, 2.5, 0.125, 1e16, 1e15,
                         9999999999999998.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, 0.1, 100.0,
                         123456789.0, 0.000123456, 1e22, 1e21, 12345.678, 2.0**53, 0.3])
    if choice < 0.35:
        return struct.unpack("<d", struct.pack("<Q", r.getrandbits(64)))[0]
    if choice < 0.6:
        return r.choice([-1, 1]) * r.randint(0, 10**r.randint(0, 18)) / 10**r.randint(0, 12)
    if choice < 0.8:
        return r.choice([-1, 1]) * r.random() * 10.0**r.randint(-30, 30)
    return r.choice([-1, 1]) * float(r.randint(0, 10**r.randint(0, 20)))


def rand_int(r):
    choice = r.random()
    if choice < 0.1:
        return r.choice([0, 1, -1, 255, -255, 65, 0x10FFFF, 0x110000, -(2**63), 2**64, 10**30])
    if choice < 0.7:
        return r.randint(-10**r.randint(0, 12), 10**r.randint(0, 12))
    return r.randint(-2**r.randint(0, 200), 2**r.randint(0, 200))


FILLS = ["", "", "", "", "*", "0", "x", "é", " ", "<", "="]
TYPES_INT = ["", "", "d", "b", "o", "x", "X", "c", "n", "e", "f", "g", "%", "E", "G", "F", "s", "q"]
TYPES_FLOAT = ["", "", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "s", "r"]
TYPES_STR = ["", "", "s", "s", "d", "r"]


def rand_spec(r, types):
    spec = ""
    if r.random() < 0.3:
        spec += r.choice(FILLS) + r.choice("<>^=")
    if r.random() < 0.3:
        spec += r.choice("+- ")
    if r.random() < 0.1:
        spec += "z"
    if r.random() < 0.2:
        spec += "#"
    if r.random() < 0.2:
        spec += "0"
    if r.random() < 0.5:
        spec += str(r.randint(0, 30))
    if r.random() < 0.2:
        spec += r.choice([",", "_", ",", "_", ",_"])
    if r.random() < 0.5:
        spec += "." + str(r.choice([0, 0, 1, 2, 3, 5, 10, 17, 20, 30]))
    spec += r.choice(types)
    return spec


def rand_text(r):
    pool = ["a", "b", "Z", "'", '"', "\\", "\n", "\t", "\r", "\x00", "\x07", "\x7f", "\x85", "\xa0",
            "\xad", "é", "ß", "Ω", "Ж", "中", "文", "😀", "\u200b", "\u2028", "\ufeff", "\U0001d400",
            "\U000e0001", "\u0378", "\ue000", " ", "\u3000", "\u0301", "٣", "\U0010ffff", "\x1b"]
    return "".join(r.choice(pool) for _ in range(r.randint(0, 8)))


def percent_item(r):
    kind = r.random()
    if kind < 0.3:
        # Widths taken by `*` must stay small enough to build the string.
        v = r.choice([r.randint(-300, 300), r.randint(-10**4, 10**4), r.choice([2**64, -(10**30), 0x110000])])
        return v, "i:%d" % v
    if kind < 0.6:
        v = rand_float(r)
        return v, "f:" + bits(v)
    if kind < 0.85:
        v = r.choice(["", "a", "abc", "é", "x'y", "中文", "\n", "hello world"])
        return v, "s:" + v
    if kind < 0.92:
        v = r.random() < 0.5
        return v, "b:%d" % v
    if kind < 0.96:
        return None, "n:"
    v = complex(rand_float(r), rand_float(r))
    return v, "c:%s,%s" % (bits(v.real), bits(v.imag))


def percent_case(r):
    fmt = ""
    keyed = r.random() < 0.15
    for _ in range(r.randint(0, 3)):
        fmt += r.choice(["", "x", " ", "ab", "%%", "é"])
        spec = "%"
        if keyed:
            spec += "(" + r.choice(["a", "b", "c"]) + ")"
        spec += "".join(r.choice("-+ #0") for _ in range(r.choice([0, 0, 1, 2])))
        if r.random() < 0.4:
            spec += r.choice(["*", str(r.randint(0, 20))])
        if r.random() < 0.4:
            spec += "." + r.choice(["*", str(r.randint(0, 12))])
        if r.random() < 0.05:
            spec += r.choice("hlL")
        spec += r.choice("diouxXeEfFgGcrsa%" + "sdfgx" + "yz")
        fmt += spec
    if r.random() < 0.05:
        fmt += "%"
    if keyed:
        values, items = {}, []
        for key in "abc":
            if r.random() < 0.9:
                v, enc = percent_item(r)
                values[key] = v
                items.append(key + "=" + enc)
        return fmt, "D" + "\x1e".join(items), values
    if r.random() < 0.2:
        v, enc = percent_item(r)
        return fmt, "S" + enc, v
    n = fmt.count("%") - 2 * fmt.count("%%") + r.choice([0, 0, 0, 1, -1])
    vals, encs = [], []
    for _ in range(max(n, 0)):
        v, enc = percent_item(r)
        vals.append(v)
        encs.append(enc)
    return fmt, "T" + "\x1e".join(encs), tuple(vals)


def rand_number_text(r, for_int):
    parts = ["", " ", "\t", "+", "-", "0", "1", "9", "_", ".", "e", "E", "x", "0x", "0o", "0b", "inf",
             "nan", "Infinity", "iNF", "a", "f", "٣", "\u2003", "\xa0", "1_000", "00", "1e5", "-1.5"]
    return "".join(r.choice(parts) for _ in range(r.randint(1, 5)))


def handpicked(emit):
    """Fixed cases: the examples of the spec and known corner cases."""
    floats = [1e16, 1.5, 123456789.0, 2e16 + 8, 1e-4, 1e-5, 0.1 + 0.2, 1765731872287258.25, -0.0, 5e-324,
              1.7976931348623157e308, 2.5, 0.125, 1e22, 123.0, 1234.0]
    specs = ["", ".3", ".0", "#", "#.3", ".17", "g", "#g", ".0f", ".1000f",
             ",", "_.2f", "z.1f", "-^+30,.3e", "010.2%", "=+012,.1f", "x<20_", "0<10", "٥", "n",
             "99999999999999999999", "1.", "5,_", ".2147483648f"]
    for x in floats:
        for spec in specs:
            emit("handpicked", "format_float", bits(x), esc(spec), run(lambda: format(x, spec)))
    for spec in [".70000f", ".70000e", ".70000g", "#.70000g"]:  # beyond Rust's 65535 precision cap
        emit("handpicked", "format_float", bits(0.1), esc(spec), run(lambda: format(0.1, spec)))
    for re, im in [(0.0, 1.0), (-0.0, -1.0), (math.nan, math.inf), (1.0, -math.nan), (0.0, -0.0), (1e16, 1e-5)]:
        emit("handpicked", "complex_repr", bits(re), bits(im), run(lambda: repr(complex(re, im))))
        for spec in ["", ".3", "z", "+", "^30", ",.2f", "e", "010", "=", "%", "n"]:
            emit("handpicked", "format_complex", bits(re), bits(im), esc(spec),
                 run(lambda: format(complex(re, im), spec)))
    ints = [0, 1, -1, 255, -255, 1234567, -(10**20), 65, 0x10FFFF, 0x110000, 2**64]
    for i in ints:
        for spec in ["", "d", ",", "_x", "#_b", "#o", "#X", "c", "+c", "#c", ".2", "z", "012,", "=+12",
                     "^+#14_x", "n", "e", ".3%", ",q", "٥", "09,d", "0=10,d"]:
            emit("handpicked", "format_int", ifield(i), esc(spec), run(lambda: format(i, spec)))
    for i in [10**4300 - 1, -(10**4300), 10**5000]:  # around the 4300-digit limit
        for spec in ["", "x", "e"]:
            emit("handpicked", "format_int", ifield(i), esc(spec), run(lambda: format(i, spec)))
    for t in ["", "abc", "é", "ab\x00c"]:
        for spec in ["", "5", "<5", "05", "^7.2", "+", " ", "#", "=5", ",", "z", "d", ".0", "é>6"]:
            emit("handpicked", "format_str", esc(t), esc(spec), run(lambda: format(t, spec)))
    percent = [("%5%", (1,)), ("%y", ()), ("%y", (1,)), ("%\u1234", (1,)), ("%\x1f", (1,)), ("%", (1,)),
               ("%s %s", (1,)), ("%s", (1, 2)), ("%d", ("3",)), ("%x", (3.0,)), ("%f", ("a",)), ("%c", ("ab",)),
               ("%c", (-1,)), ("%c", (1.5,)), ("%*d", ("a", 1)), ("%.*f", (-3, 1.5)), ("%-*d|", (-5, 1)),
               ("%ld %hd %Ld", (5, 6, 7)), ("%lld", (1,)), ("%d", (10**400,)), ("%e", (10**400,)),
               ("%d", (math.inf,)), ("%d", (math.nan,)), ("%i", (-3.9,)), ("%a %r %s", ("\xe9", "\xe9", "\xe9")),
               ("%.2r", ("abc",)), ("%05s|%-5c|%5c", ("ab", "x", 65)), ("%#.5x %#o %#X", (255, 8, -255)),
               ("%08.3d|%-08.3d|% 08d|%+08d", (-5, -5, 5, 5)), ("%08.2f|%-8.2f|%G", (-math.inf, math.nan, 1e-10)),
               ("%#g %#.0e %#.0f %.0e", (1.0, 1.0, 1.0, 2.5)), ("%*.*f", (8, 2, 3.14159)), ("%*s", (True, "x")),
               ("%*d", (10**30, 1)), ("%.*d", (2**31, 1)), ("%99999999999999999999d", (1,)),
               ("%.99999999999d", (1,)), ("%.3s", (1.23456,)), ("%c", (10**30,)), ("%.1000f", (1.5,)),
               ("%.70000e", (0.1,))]
    for fmt, values in percent:
        enc = "T" + "\x1e".join(
            ("i:%d" % v if type(v) is int else "b:%d" % v if type(v) is bool else
             "f:" + bits(v) if type(v) is float else "s:" + v) for v in values)
        emit("handpicked", "percent", esc(fmt), esc(enc), run(lambda: fmt % values))
    for fmt, enc, values in [("%(a)s %(a)x", "Da=i:255", {"a": 255}), ("%s %(a)s", "Da=i:1", {"a": 1}),
                             ("%(a)s %s", "Da=i:1", {"a": 1}), ("%(a)*d", "Da=i:1", {"a": 1}),
                             ("%(a", "D", {}), ("%(a)", "Da=i:1", {"a": 1}), ("%(b)s", "Da=i:1", {"a": 1}),
                             ("%(a)s", "Si:1", 1), ("%()s", "D=i:3", {"": 3}), ("", "Si:1", 1), ("%s", "Ss:x", "x")]:
        emit("handpicked", "percent", esc(fmt), esc(enc), run(lambda: fmt % values))
    for t in ["1_000.5", "_1", "1_", "1__0", "1_.5", "1._5", " \u2003 1.5\x85 ", "\u0661\u0665", "-iNfInItY",
              "+nan", "-nan", "1e400", "1e", ".", ".5", "5.", "0x10", "\x1c1", "1e-400", "1_0e1_0", "infinit"]:
        emit("handpicked", "parse_float", esc(t), run(lambda: repr(float(t))))
    for t, base in [("0x_ff", 0), ("0x", 16), ("010", 0), ("0_0", 0), ("00", 0), ("0b1", 16), ("z", 36),
                    (" -1_000 ", 10), ("1" * 4301, 10), ("1" * 5000, 16), ("\u0665", 10), ("x" * 300, 10),
                    ("12", 1), ("12", 37), ("0o17", 8), ("0O17", 0), ("", 10), ("+", 10), ("1 2", 10)]:
        emit("handpicked", "parse_int", esc(t), str(base), run(lambda: str(int(t, base))))


def main():
    args = sys.argv[1:]
    count, seed = 300, 1
    while args and args[0].startswith("--"):
        if args[0] == "--count":
            count = int(args[1])
        elif args[0] == "--seed":
            seed = int(args[1])
        args = args[2:]
    out_dir = args[0]
    r = random.Random(seed)
    files = {}

    def emit(name, *fields):
        files.setdefault(name, []).append("\t".join(fields))

    for _ in range(count):
        x = rand_float(r)
        emit("repr", "float_repr", bits(x), run(lambda: repr(x)))
        emit("repr", "float_hex", bits(x), run(lambda: x.hex()))
        c = complex(rand_float(r), rand_float(r)) if r.random() < 0.7 else complex(
            r.choice([0.0, -0.0, 1.0, math.nan, math.inf]), r.choice([0.0, -0.0, -1.0, math.nan, -math.inf]))
        emit("repr", "complex_repr", bits(c.real), bits(c.imag), run(lambda: repr(c)))
        t = rand_text(r)
        emit("repr", "str_repr", esc(t), run(lambda: repr(t)))
        emit("repr", "ascii_repr", esc(t), run(lambda: ascii(t)))
        i = rand_int(r)
        emit("repr", "int_radix", ifield(i), run(lambda: "%s %s %s %s" % (bin(i), oct(i), hex(i), str(i))))

        i, spec = rand_int(r), rand_spec(r, TYPES_INT)
        emit("spec", "format_int", ifield(i), esc(spec), run(lambda: format(i, spec)))
        x, spec = rand_float(r), rand_spec(r, TYPES_FLOAT)
        emit("spec", "format_float", bits(x), esc(spec), run(lambda: format(x, spec)))
        c, spec = complex(rand_float(r), rand_float(r)), rand_spec(r, TYPES_FLOAT)
        if r.random() < 0.2:
            c = complex(r.choice([0.0, -0.0]), c.imag)
        emit("spec", "format_complex", bits(c.real), bits(c.imag), esc(spec), run(lambda: format(c, spec)))
        t, spec = rand_text(r), rand_spec(r, TYPES_STR)
        emit("spec", "format_str", esc(t), esc(spec), run(lambda: format(t, spec)))

        fmt, enc, values = percent_case(r)
        emit("percent", "percent", esc(fmt), esc(enc), run(lambda: fmt % values))

        t = rand_number_text(r, False)
        emit("parse", "parse_float", esc(t), run(lambda: repr(float(t))))
        t, base = rand_number_text(r, True), r.choice([0, 0, 10, 10, 2, 8, 16, 36, 7])
        emit("parse", "parse_int", esc(t), str(base), run(lambda: str(int(t, base))))

    handpicked(emit)
    for name, lines in files.items():
        with open("%s/%s.txt" % (out_dir, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


main()
