# Pure-Python matrix arithmetic with nested lists: multiply, transpose, determinant, identity checks.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
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
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b), transpose(a), matmul(transpose(b), transpose(a)))
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(m), det([[1.5, 2.0], [0.5, 4.0]]), det([[1, 2, 3, 4], [5, 6, 7, 8], [2, 6, 4, 8], [3, 1, 1, 2]]))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(m, ident) == m, ident)
h = [[1 / (i + j + 1) for j in range(3)] for i in range(3)]
print(h)
print(det(h))
v = [0.1 * i for i in range(5)]
print(v, sum(x * x for x in v), [round(x, 10) for x in v])
