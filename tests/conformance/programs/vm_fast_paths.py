# The VM's inline fast paths must behave exactly like the general paths they short-cut:
# range(...) built straight into a for loop, len/ord/list.append/math.sqrt called directly,
# module attributes read through the per-name cache, for over a str, str + str, loop back
# edges that run their header, and calls that reuse pooled frames.
import math


def ranges():
    out = []
    for args in [(5,), (2, 7), (10, 0, -3), (0,), (5, 1), (-3, 3, 2), (True, 3)]:
        out.append([i for i in range(*args)])
        total = 0
        for i in range(*args):
            total += i
        out.append(total)
    # direct calls (the fast path takes small ints, with or without the for loop's GetIter)
    out.append([i for i in range(10, 0, -3)] + [i for i in range(5, 1)] + [i for i in range(0)])
    out.append([i for i in range(True, 3)] + [i for i in range(-3, 3, 2)])
    edge = 2**61
    out.append([i - edge for i in range(edge - 2, edge)])
    out.append([i + edge for i in range(-edge, -edge + 2)])
    out.append(len(range(edge - 1)))
    for step in (1, -1):
        out.append(sum(i for i in range(0, 10 * step, step)))
    r = range(1, 10, 2)
    out.append((r, len(r), r[2], list(reversed(r))))
    big = 2**61
    out.append(list(range(big - 2, big + 1)))
    out.append(list(range(-big - 1, -big + 1)))
    it = iter(range(3))
    out.append((type(it).__name__, next(it), list(it)))
    # a finished loop's range iterator is reused by the next loop, unless someone holds it
    grid = []
    for i in range(3):
        for j in range(i, 4):
            grid.append(i * 10 + j)
        for j in range(2):
            grid.append(-j)
    out.append(grid)
    held = []
    for k in range(3):
        it = iter(range(k, k + 2))
        for x in it:
            held.append(x)
        held.append(list(it))
    kept = iter(range(2))
    for x in kept:
        pass
    for y in range(5, 7):
        held.append((y, list(kept), next(kept, "done")))
    for z in range(4):
        if z == 1:
            break
    held.append([w for w in range(z, z + 3)])
    out.append(held)
    for bad in [(1, 2, 0), (1.5,), ("a",), ()]:
        try:
            range(*bad)
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def builtins_direct():
    out = []
    out.append([len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len(""), len({1, 2})])
    out.append([ord("é"), ord("a"), ord("😀")])
    for bad in ["ab", "", 5]:
        try:
            ord(bad)
        except TypeError as e:
            out.append(str(e))
    try:
        len(5)
    except TypeError as e:
        out.append(str(e))
    items = []
    items.append(1)
    list.append(items, 2)
    push = items.append
    push(3)
    out.append((items, items.append(4), items))
    try:
        items.append()
    except TypeError as e:
        out.append(str(e))
    for x in [0, 1, 2, 10**15 + 1, 2**53 + 1, 2**62, 0.0, -0.0, 2.0, 1e-320, 1e308]:
        out.append(repr(math.sqrt(x)))
    for bad in [-1, -1.5, float("-inf")]:
        try:
            math.sqrt(bad)
        except ValueError as e:
            out.append("ValueError: " + str(e))
    out.append(repr(math.sqrt(float("nan"))))
    out.append(repr(math.sqrt(float("inf"))))
    return out


def module_attributes():
    out = []
    for _ in range(3):
        out.append(math.pi)
    saved = math.sqrt
    math.sqrt = lambda x: "patched"
    out.append(math.sqrt(4))
    math.sqrt = saved
    out.append(math.sqrt(4))
    math.extra_name = 7
    out.append(math.extra_name)
    del math.extra_name
    try:
        math.extra_name
    except AttributeError as e:
        out.append(str(e))
    return out


def strings():
    out = []
    text = ""
    for ch in "héllo wörld ✓😀":
        text += ch + "|"
    out.append(text)
    out.append("x" + "y" + "" + "é" + "😀")
    try:
        "a" + 1
    except TypeError as e:
        out.append(str(e))
    return out


def loops():
    out = []
    n = 0
    while n < 5:
        n += 1
        if n == 3:
            continue
        out.append(n)
    for i in range(3):
        for j in range(i, 3):
            out.append((i, j))
    else:
        out.append("done")
    return out


def countdown(n):
    if n == 0:
        return []
    return [n] + countdown(n - 1)


def add(a, b):
    return a + b


def calls():
    out = [countdown(5)]
    total = 0
    for i in range(100):
        total = add(total, i)
    out.append(total)
    out.append(add("a", "b"))
    try:
        add(1, "b")
    except TypeError as e:
        out.append(str(e))
    return out


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if other == 99:
            raise ValueError("no comparing with 99")
        return self.v < other

    def __bool__(self):
        raise RuntimeError("no truth")


class Vague:
    def __lt__(self, other):
        return Loud(0)


def compare_with_constants(x):
    # `if local < constant:` is one fused instruction; its slow paths must act like the parts
    if x < 2:
        return "small"
    if x == "s":
        return "string"
    if x != None:  # noqa: E711
        return "not none"
    return "none"


def compares():
    out = []
    for x in [1, 5, 1.5, 2.0, True, 10**30, -(10**30), float("nan")]:
        out.append(compare_with_constants(x))
    for x in ["s"]:
        try:
            out.append(compare_with_constants(x))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    out.append(compare_with_constants(Loud(1)))
    out.append(compare_with_constants(Loud(3)))
    try:
        w = Loud(5)
        if w < 99:
            out.append("unreachable")
    except ValueError as e:
        out.append("ValueError: " + str(e))
    try:
        v = Vague()
        if v < 3:
            out.append("unreachable")
    except RuntimeError as e:
        out.append("RuntimeError: " + str(e))
    return out


def unbound(flag):
    if flag:
        y = 1
    if y < 3:
        return y
    return 0


def unbound_return(flag):
    if flag:
        z = 1
    return z


def element_moves():
    # `x = a[i]` and `a[i] = x` between locals are fused instructions, with step-by-step
    # slow paths for anything but a list and an int index
    out = []
    perm = [3, 1, 2, 0]
    lo, hi = 0, 3
    while lo < hi:
        tmp = perm[lo]
        perm[lo] = perm[hi]
        perm[hi] = tmp
        lo += 1
        hi -= 1
    out.append(perm)
    table, key, value = {}, "k", [1]
    table[key] = value
    got = table[key]
    out.append((table, got is value))
    text, k = "hello", -1
    ch = text[k]
    out.append(ch)
    pairs, at, item = [[0, 0], [1, 1]], True, "x"
    pairs[at] = item
    first = pairs[at]
    out.append((pairs, first))
    for container, index in (([1, 2], 2), ({}, "missing"), ((1, 2), 5), (5, 0)):
        try:
            got = container[index]
        except (IndexError, KeyError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    for container, index in (([1, 2], 2), ((1, 2), 0), ("ab", 0), ([1], "0")):
        new = 7
        try:
            container[index] = new
        except (IndexError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    try:
        perm[lo] = unset
    except NameError as e:
        out.append(type(e).__name__ + ": " + str(e))
    return out


def constant_loops():
    # `while True:` and `while 1:` are compiled without a test; the else never runs
    out = []
    n = 0
    while True:
        n += 1
        if n == 3:
            break
    else:
        out.append("unreachable")
    out.append(n)
    while 1:
        n -= 1
        if n < 0:
            break
    out.append(n)
    while 0:
        out.append("never")
    else:
        out.append("zero is false")
    while False:
        out.append("never")
    count = 0
    while "text":
        count += 1
        if count > 2:
            break
    out.append(count)
    return out


def store_unbound(flag):
    items, k = [0, 0], 1
    if flag:
        v = 5
    items[k] = v
    return items


def load_into_unbound(flag):
    if flag:
        items = [4, 5]
    k = 0
    x = items[k]
    return x


def unbound_locals():
    out = [unbound(True), unbound_return(True), store_unbound(True), load_into_unbound(True)]
    for fn in (unbound, unbound_return, store_unbound, load_into_unbound):
        try:
            fn(False)
        except UnboundLocalError as e:
            out.append(str(e))
    return out


def local_pairs():
    # `while a < b:` and `a[i] = v` of locals are fused instructions too
    out = []
    lo, hi = 0, 5
    while lo < hi:
        lo += 1
        hi -= 1
    out.append((lo, hi))
    a, b = "apple", "banana"
    while a < b:
        a = b
    out.append(a)
    x, y = 1, "one"
    try:
        while x < y:
            break
    except TypeError as e:
        out.append("TypeError: " + str(e))
    items, table = [0, 1, 2], {}
    for i in range(3):
        items[i] = i * 10
        table[i] = items[i]
    k = -1
    items[k] = "last"
    out.append((items, table))
    k = 3
    try:
        items[k] = 0
    except IndexError as e:
        out.append("IndexError: " + str(e))
    # augmented assignments: `i += 1` of a local, `a[i] += x` of a list item
    count, step = 0, 1
    for _ in range(4):
        count += 1
        step *= 3
    text = "a"
    text += "b"
    out.append((count, step, text))
    vec = [1.5, 2, "s"]
    k = 0
    vec[k] += 1
    vec[k + 1] -= 0.5
    vec[2] += "t"
    counts = {"x": 1}
    counts["x"] += 1
    out.append((vec, counts))
    try:
        vec[2] -= 1
    except TypeError as e:
        out.append("TypeError: " + str(e))
    try:
        counts["y"] += 1
    except KeyError as e:
        out.append("KeyError: " + str(e))
    frozen = (1, 2)
    k = 0
    try:
        frozen[k] = 5
    except TypeError as e:
        out.append("TypeError: " + str(e))
    return out


for part in (
    local_pairs,
    ranges,
    builtins_direct,
    module_attributes,
    strings,
    loops,
    calls,
    compares,
    element_moves,
    constant_loops,
    unbound_locals,
):
    for line in part():
        print(line)
