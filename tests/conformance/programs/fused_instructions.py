# Instruction pairs and triples the VM runs as one dispatch (local/local, local/const,
# compare/jump, binary/store, subscript of two locals): their results and errors must be
# exactly those of the separate instructions.
import sys


def unbound_second():
    a = 1
    try:
        print(a, b)  # `b` is assigned below: UnboundLocalError on the second load
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    b = 2
    return a + b


print(unbound_second())


def unbound_in_binary(flag):
    if flag:
        y = 3
    x = 4
    try:
        return x * y
    except UnboundLocalError as e:
        return "caught: " + str(e)


print(unbound_in_binary(True), unbound_in_binary(False))


def divisions(values):
    out = []
    for v in values:
        d = 10
        try:
            q = d / v
            out.append(q)
        except ZeroDivisionError as e:
            out.append(str(e))
        try:
            r = d % v
            out.append(r)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


print(divisions([3, 0, -4, 2.5, 0.0]))


def overflow(i):
    j = i + 1
    k = i * i
    m = -i - 1
    return j, k, m


print(overflow(2**62), overflow(2**63 - 1), overflow(-(2**63)))


def subscripts(seq, keys):
    got = []
    for k in keys:
        try:
            got.append(seq[k])
        except (IndexError, KeyError, TypeError) as e:
            got.append(type(e).__name__ + ": " + str(e))
    return got


print(subscripts([10, 20, 30], [0, -1, 2, 3, -4, True, "x", 1.0]))
print(subscripts((1, 2), [1, -2, 5]))
print(subscripts("abc", [0, -1, 7]))
print(subscripts({"a": 1, 2: "two"}, ["a", 2, "zz"]))
print(subscripts(range(5), [4, -5, 5]))


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Truthy(self.v < other.v)

    def __add__(self, other):
        return Weird(self.v + other.v)

    def __repr__(self):
        return "Weird(%r)" % (self.v,)


class Truthy:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        if self.b is None:
            raise ValueError("no truth")
        return self.b


def compare_loop(a, b):
    n = 0
    while a < b:
        a = a + Weird(1)
        n += 1
    return n, a


print(compare_loop(Weird(0), Weird(3)))
try:
    compare_loop(Weird(None), Weird(None))
except TypeError as e:
    print("TypeError:", e)


def string_ops(s, t):
    u = s + t
    v = s * 3
    w = u < v
    return u, v, w


print(string_ops("ab", "cd"))


def store_subscripts():
    xs = [0.5, 1.5, 2.5]
    i = 1
    xs[i] += 10
    xs[-1] -= 1
    xs[i] = xs[i] * xs[i]
    try:
        xs[5] = 1
    except IndexError as e:
        print("IndexError:", e)
    d = {}
    d[i] = xs
    d[i][0] += 1
    return xs, d


print(store_subscripts())


def nested_loops(n):
    total = 0
    for i in range(n):
        for j in range(i, n, 2):
            if i < j:
                total += i * j
            elif i == j:
                total -= 1
    k = n
    while k > 0:
        k -= 3
    return total, k


print(nested_loops(30))


def float_int_mix():
    a = 3
    b = 0.5
    c = a * b
    d = a // 2
    e = b ** 2
    f = a < b
    g = a == 3.0
    return c, d, e, f, g


print(float_int_mix())


def rebinding_global():
    return counter + 1


counter = 1
print(rebinding_global())
counter = 41
print(rebinding_global())
len = lambda x: -1
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))
sys.stdout.write("done\n")
