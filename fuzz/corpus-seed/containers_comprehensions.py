# List, dict and set comprehensions: filters, nesting, scopes.
print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
print([c.upper() for c in "abc"], [s.strip() for s in [" a ", "b  "]], [x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print({x: x ** 2 for x in range(5)}, {k: v for k, v in zip("abc", [1, 2, 3]) if v != 2}, {v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 3 for x in range(10)}, sorted({w.lower() for w in ["A", "a", "B"]}))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
n = 10
print([n + i for i in range(3)])
print([(a, b) for a, b in [(1, 2), (3, 4)]], [a for a, *_ in [(1, 2, 3), (4, 5)]])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print(len([None for _ in range(1000)]), [i for i in []])
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
