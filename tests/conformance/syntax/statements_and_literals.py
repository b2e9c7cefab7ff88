def greet(name: str, times: int = 1) -> str:
    return ", ".join([f"hi {name}"] * times)
count: int = 3
total: float
print(greet("ann", times=count))
class Point:
    x: int
    y: int = 0
    def __init__(self, x: int, y: int = 0) -> None:
        self.x, self.y = x, y
    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"
print(Point(1), Point.y)
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, {**{"x": 1}, **{"y": 2}}, [*"ab", *range(2)])
def f(*args, **kw):
    return args, kw
print(f(*a, *b, 5, **{"k": 1}, **{"j": 2}), f(), f(*[], **{}))
x = 10
def outer():
    x = 20
    def inner():
        global x
        x += 1
        return x
    return inner(), x
print(outer(), x)
y = 5
del y
try:
    print(y)
except NameError as e:
    print("NameError:", e)
def uses_before_assign():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1
uses_before_assign()
lst = [1, 2, 3, 4, 5]
del lst[1], lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
if (n := len(lst)) > 2:
    print("walrus", n)
print([y for x in range(5) if (y := x * x) > 4])
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2, 0 <= 5 < 10 <= 10, "a" < "b" > "a")
print(1 if 0 else 2 if [] else 3, (lambda: 4)(), not 0, not "x", None is None, [] is not [])
print(0 or "" or None or "last", 1 and 2 and 3, 0 and 1/0, "" or 0)
val = 0x1F + 0o17 + 0b101 + 1_000 + 1e3 + 1.5j.imag
print(val, 0xff, 0o777, 0b1111, 1_000_000, 1e-3, .5, 5., 1E5, 0j, 2J)
s = "multi" \
    "ple" " strings"
print(s, r"raw\n", "tab\there", 'single', """triple "double" """, '''tri 'single' ''', "\N{BULLET}" if False else "", "\u00e9\x41\101")
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
for i, ch in enumerate("abc"):
    pass
print(i, ch)
matrix = [[1, 2], [3, 4]]
for row in matrix:
    for v in row:
        if v == 3:
            break
    else:
        print("no break in", row)
        continue
    print("broke in", row)
assert isinstance(matrix, list), "never"
print(type(...), ... is Ellipsis, type(NotImplemented).__name__)
g = (yield_val for yield_val in range(3))
print(type(g).__name__, list(g), list(g))
class Empty: pass
class WithDoc:
    """Doc here."""
print(WithDoc.__doc__, Empty.__doc__, greet.__name__, Point.__name__, Point.__repr__.__name__)
print(Point, Empty, type(Point(1)), type(3), type("s"), type(None), int, str, list, type(len), type(print).__name__)
nums = [3, 1, 2]
nums.sort(); print(nums)
nums[len(nums):] = [9]; print(nums)
nums[:0] = [0]; print(nums)
x = y = 7
x += 1
print(x, y)
a = b = []
a += [1]
print(a, b)
t = (1,)
t += (2,)
print(t)
st = "ab"
st *= 3
print(st)
print(divmod(17, 5), 17 // 5, 17 % 5, -17 // 5, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 7 / 2)
