# Generates the *.txt test data next to this file from CPython 3.11's math module (see ../tests.rs).
import math, random, struct, sys
sys.set_int_max_str_digits(0)
random.seed(12345)
import os
OUT = os.path.dirname(os.path.abspath(__file__)) + "/"

def h(x):
    x = float(x)
    return float.hex(x) if x == x else "nan"

def res(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        return "!%s:%s" % (type(e).__name__, str(e).replace(" ", "_"))
    if isinstance(r, bool):
        return str(r)
    if isinstance(r, float):
        return h(r)
    if isinstance(r, int):
        return str(r)
    if isinstance(r, tuple):
        return ",".join(h(v) if isinstance(v, float) else str(v) for v in r)
    raise TypeError(r)

def rbits():
    while True:
        x = struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
        if x == x:
            return x

specials = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 10.0,
            5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
            -1.7976931348623157e308, 1e300, -1e300, 1e-300, 1e-20, 1e-10, 1e-8, 3.7252902984e-09,
            0.84375, 1.25, 2.857142857142857, 6.0, -6.0, 28.0, 27.9, 0.25, 0.2499999, 1e-16,
            1.5, 2.5, -2.5, 100.5, 170.5, 171.0, 171.6, 171.7, -170.5, -171.5, -200.5, 200.5,
            -0.9999999999, 0.9999999999, 1.0000000001, 709.78, 709.79, -745.1, -745.2, 710.5, 1024.0, 1023.99,
            -1074.0, -1075.0, -1080.0, 2**28, 2**28 + 1.0, 2**-28, 2.0000000000000004, 1e15, 1e17,
            5.524680040776729, 140.0, 141.3, -140.5, 1e-21, -1e-21, 4.5, -4.5, 12.0, 22.0, 23.0, 24.0,
            math.pi, math.pi / 2, math.pi / 4, 1e22, 2**1023, 0.6931471805599453, -0.6931471805599453, 37.5, -37.5]

def unary_inputs(n=260):
    xs = list(specials)
    for _ in range(n // 4):
        xs.append(random.uniform(-10, 10))
    for _ in range(n // 4):
        xs.append(random.choice([-1, 1]) * 10 ** random.uniform(-25, 25))
    for _ in range(n // 8):
        xs.append(random.uniform(-1, 1))
    for _ in range(n // 8):
        xs.append(rbits())
    for _ in range(n // 8):
        xs.append(random.uniform(-200, 200))
    for _ in range(n // 8):
        xs.append(random.uniform(0, 6))
    return xs

UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
         "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin",
         "sinh", "sqrt", "tan", "tanh", "ceil", "floor", "trunc", "frexp", "modf", "ulp", "isfinite",
         "isinf", "isnan", "degrees", "radians"]

with open(OUT + "unary.txt", "w") as f:
    for name in UNARY:
        fn = getattr(math, name)
        xs = unary_inputs()
        if name in ("erf", "erfc", "asinh", "acosh", "atanh", "gamma", "lgamma"):
            xs += unary_inputs(500)
            xs += [random.uniform(-7, 7) for _ in range(300)]
            xs += [random.uniform(0.8, 30) for _ in range(200)]
        if name in ("acosh",):
            xs += [random.uniform(1, 3) for _ in range(200)] + [10 ** random.uniform(0, 10) for _ in range(200)]
        if name in ("atanh",):
            xs += [random.uniform(-1, 1) for _ in range(300)] + [random.uniform(-1e-7, 1e-7) for _ in range(50)]
        if name in ("gamma", "lgamma"):
            xs += [random.uniform(-180, 180) for _ in range(300)] + [random.uniform(-3, 3) for _ in range(200)]
            xs += [float(random.randint(-30, 200) + random.choice([0, 0.5, 1e-9, -1e-9])) for _ in range(200)]
        for x in xs:
            f.write("%s %s %s\n" % (name, h(x), res(fn, x)))

def pair_inputs(n=300):
    xs = unary_inputs(n)
    ys = unary_inputs(n)
    random.shuffle(ys)
    pairs = list(zip(xs, ys))
    sp = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 2.0, -2.0, 0.5, -3.0, 3.0, 1e308, 5e-324]
    pairs += [(a, b) for a in sp for b in sp]
    return pairs

BINARY = ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter"]
with open(OUT + "binary.txt", "w") as f:
    for name in BINARY:
        fn = getattr(math, name)
        pairs = pair_inputs()
        if name == "pow":
            pairs += [(random.uniform(-10, 10), float(random.randint(-40, 40))) for _ in range(150)]
            pairs += [(random.uniform(0, 3), random.uniform(-800, 800)) for _ in range(150)]
            pairs += [(-x, y + 0.5) for x, y in [(2.0, 3.0), (0.5, 2.0)]]
        if name in ("fmod", "remainder"):
            pairs += [(random.uniform(-100, 100), random.uniform(-10, 10)) for _ in range(200)]
            pairs += [(float(a), float(b)) for a in range(-9, 10) for b in (-4, -2, 2, 3, 4)]
        for x, y in pairs:
            f.write("%s %s %s %s\n" % (name, h(x), h(y), res(fn, x, y)))
    exps = [0, 1, -1, 5, -5, 1023, 1024, -1022, -1074, -1075, -1076, 2000, -2000, 2**31, -2**31 - 1, 10**30, -10**30, 52, -53]
    for x in unary_inputs(150):
        for _ in range(3):
            e = random.choice(exps + [random.randint(-1100, 1100)])
            f.write("ldexp %s %d %s\n" % (h(x), e, res(math.ldexp, x, e)))
    for x, y in pair_inputs(200):
        for rt, at in [(1e-9, 0.0), (0.1, 0.0), (1e-9, 1.0), (0.0, 1e-300)]:
            f.write("isclose %s %s %s %s %s\n" % (h(x), h(y), h(rt), h(at), res(lambda: math.isclose(x, y, rel_tol=rt, abs_tol=at))))
    f.write("isclose 0x1p+0 0x1p+0 -0x1p+0 0x0p+0 %s\n" % res(lambda: math.isclose(1, 1, rel_tol=-1)))
    for x, y in [(1.0, 1.0 + 1e-10), (1e10, 1e10 + 1), (-1.0, -1.0 - 2e-9)]:
        f.write("isclose %s %s %s %s %s\n" % (h(x), h(y), h(1e-9), h(0.0), res(math.isclose, x, y)))

def vec(n):
    kind = random.randint(0, 5)
    if kind == 0:
        return [random.uniform(-10, 10) for _ in range(n)]
    if kind == 1:
        return [random.choice([-1, 1]) * 10 ** random.uniform(-300, 300) for _ in range(n)]
    if kind == 2:
        return [rbits() for _ in range(n)]
    if kind == 3:
        return [random.uniform(-1, 1) * 1e-310 for _ in range(n)]
    if kind == 4:
        return [float(random.randint(-20, 20)) for _ in range(n)]
    return [random.choice([0.1, 0.2, 0.3, 1e16, -1e16, 1.0, -1.0, 1e-16, 1e308, -1e308]) for _ in range(n)]

with open(OUT + "vectors.txt", "w") as f:
    cases = [vec(random.randint(0, 12)) for _ in range(700)]
    cases += [[], [0.0], [-0.0], [math.inf, math.nan], [math.nan, 1.0], [math.inf, -math.inf], [1e308, 1e308],
              [1e308, 1e308, -1e308], [1e308, -1e308, 1e308, 1e308], [-0.0, -0.0], [3.0, 4.0], [5e-324, 5e-324],
              [1.7976931348623157e308, 1.7976931348623157e308 * 0.5], [1e-16, 1, 1e16], [math.nan], [-math.inf, 3.0],
              [2.0**-1022, 2.0**-1023], [1.0, 1e100, 1.0, -1e100]]
    for v in cases:
        t = ",".join(h(x) for x in v) or "-"
        f.write("fsum %s %s\n" % (t, res(math.fsum, v)))
        f.write("hypot %s %s\n" % (t, res(math.hypot, *v)))
        f.write("prod %s %s\n" % (t, res(lambda: math.prod(v, start=1.0))))
    for _ in range(400):
        n = random.randint(0, 8)
        p, q = vec(n), vec(n)
        f.write("dist %s %s %s\n" % (",".join(h(x) for x in p) or "-", ",".join(h(x) for x in q) or "-", res(math.dist, p, q)))
    f.write("dist 0x1p+0 0x1p+0,0x1p+0 %s\n" % res(math.dist, [1.0], [1.0, 1.0]))

def rint():
    k = random.randint(0, 6)
    if k == 0:
        return random.randint(-10, 10)
    if k == 1:
        return random.randint(-2**64, 2**64)
    if k == 2:
        return random.randint(-10**300, 10**300)
    if k == 3:
        return random.choice([-1, 1]) * random.getrandbits(random.randint(1, 1100))
    if k == 4:
        return random.choice([-1, 1]) * (2 ** random.randint(50, 1030) + random.choice([-1, 0, 1]) * 2 ** random.randint(0, 60))
    if k == 5:
        return random.randint(-2**53, 2**53)
    return random.choice([-1, 1]) * random.getrandbits(random.randint(1, 1500))

with open(OUT + "integers.txt", "w") as f:
    ints = [rint() for _ in range(300)] + [0, 1, -1, 2**53, 2**53 + 1, 2**1024, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024 - 2**970 - 1, -2**1024 + 2**970 - 1, 10**308, 10**309]
    for n in ints:
        f.write("float %d %s\n" % (n, res(float, n)))
        f.write("log %d %s\n" % (n, res(math.log, n)))
        f.write("log2 %d %s\n" % (n, res(math.log2, n)))
        f.write("log10 %d %s\n" % (n, res(math.log10, n)))
        f.write("isqrt %d %s\n" % (n, res(math.isqrt, n)))
    for _ in range(350):
        a, b = rint(), rint()
        if random.random() < 0.2:
            b = random.choice([0, 1, -1, 3, 7])
        if random.random() < 0.1:
            a = random.choice([1, -1, 0, 5])
            b = random.choice([-1, 1]) * random.getrandbits(random.randint(1000, 1200))
        f.write("truediv %d %d %s\n" % (a, b, res(lambda: a / b)))
        f.write("gcd %d %d %s\n" % (a, b, res(math.gcd, a, b)))
        f.write("lcm %d %d %s\n" % (a, b, res(math.lcm, a, b)))
    for a, b in [(1, 2**1075), (3, 2**1076), (1, 3 * 2**1073), (-1, 2**1074), (2**2000, 3), (10**400, 10**100), (2**1024 - 1, 1), (1, 2**1074 * 3 // 2)]:
        f.write("truediv %d %d %s\n" % (a, b, res(lambda: a / b)))
    for n in list(range(-3, 60)) + [100, 200, 1000, 2**63, 2**64]:
        f.write("factorial %d %s\n" % (n, res(math.factorial, n)))
    for _ in range(300):
        n = random.choice([random.randint(-3, 70), random.randint(0, 400), 10**random.randint(1, 25), random.randint(-5, 5)])
        k = random.choice([random.randint(-3, 70), random.randint(0, 30), n // 2, n - 2, n + 1, -1])
        if n > 500 and 60 < min(k, n - k) < 2**63:
            k = random.choice([random.randint(0, 60), n - random.randint(0, 60)])
        f.write("comb %d %d %s\n" % (n, k, res(math.comb, n, k)))
        if not (n > 500 and 60 < k < 2**63):
            f.write("perm %d %d %s\n" % (n, k, res(math.perm, n, k)))
    for n, k in [(10**30, 10**20), (10**30, 10**30 - 5), (2**64, 2**63), (-1, -1), (5, -1)]:
        f.write("comb %d %d %s\n" % (n, k, res(math.comb, n, k)))
        if not (n > 500 and 60 < k < 2**63):
            f.write("perm %d %d %s\n" % (n, k, res(math.perm, n, k)))
    for n in [5, 0, -2]:
        f.write("perm %d None %s\n" % (n, res(math.perm, n)))
    for args in [(), (5,), (-5,), (0, 0), (12, 18, 27), (-12, 18, 0, 6), (2**100, 2**80 * 3, 2**70 * 9)]:
        f.write("gcdn %s %s\n" % (",".join(map(str, args)) or "-", res(math.gcd, *args)))
        f.write("lcmn %s %s\n" % (",".join(map(str, args)) or "-", res(math.lcm, *args)))
    for n in [10**i for i in range(0, 40)] + [2**i for i in range(0, 300, 7)]:
        for d in (-1, 0, 1):
            f.write("isqrt %d %s\n" % (n + d, res(math.isqrt, n + d)))
