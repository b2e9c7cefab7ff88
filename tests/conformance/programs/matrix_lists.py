def zeros(r, c):
    return [[0] * c for _ in range(r)]

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {inner}x{cols}")
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(n):
        minor = [row[:j] + row[j+1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total

def show(m, fmt="{:>6}"):
    for row in m:
        print(" ".join(fmt.format(x) for x in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
show(identity(3))
print(det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]))
print(det([[1.5, 2], [3, 4]]))
h = [[1 / (i + j + 1) for j in range(4)] for i in range(4)]
show(h, "{:8.4f}")
print(det(h))
print(h[1][2], h[3][3], sum(map(sum, h)))
try:
    matmul(a, a)
except ValueError as e:
    print(e)
m = identity(4)
m[1:3] = [[9, 9, 9, 9]]
print(m)
m[::2] = [[-1] * 4, [-2] * 4]
print(m)
flat = [x for row in m for x in row]
print(flat, flat[::-3], flat[1:10:4])
del flat[::2]
print(flat)
grid = [[(r * 3 + c) % 5 for c in range(5)] for r in range(5)]
print(grid)
print([row.index(0) for row in grid], [max(row) for row in grid])
print(sorted(grid, key=lambda r: (r[0], -r[1])))
print(list(map(list, zip(*grid)))[2])
print([[x ** 2 for x in row if x % 2] for row in grid])
v = [1.0, 2.0, 3.0]
norm = sum(x * x for x in v) ** 0.5
print(norm, [x / norm for x in v])
print(2 ** 0.5, 10 ** -3, 2 ** 100, (-8) ** (1/3))
