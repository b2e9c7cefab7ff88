# lambda expressions: defaults, closures, immediate calls, in sort keys.
square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: "no args")())
print((lambda *args: sum(args))(1, 2, 3))
print((lambda **kw: sorted(kw.items()))(b=2, a=1))
print((lambda x, *, scale=2: x * scale)(4, scale=3))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 3 == 0, range(10))))
print(square.__name__)
