# np.linalg norm, det, inv, solve; results through LAPACK are printed rounded to 6 decimals.
import numpy as np

v = np.array([3.0, -4.0, 12.0])
print(repr(np.linalg.norm(v)), repr(np.linalg.norm(v, 1)), repr(np.linalg.norm(v, np.inf)), repr(np.linalg.norm(v, -np.inf)))
print(repr(np.linalg.norm(v, 0)), repr(np.linalg.norm(v, 3)), repr(np.linalg.norm(np.array([1, 2, 2]))))
m = np.array([[1.0, 2.0], [3.0, 4.0]])
print(repr(np.linalg.norm(m)), repr(np.linalg.norm(m, 'fro')), repr(np.linalg.norm(m, 1)), repr(np.linalg.norm(m, np.inf)))
print(repr(np.linalg.norm(m, axis=0)), repr(np.linalg.norm(m, axis=1)), repr(np.linalg.norm(m, axis=1, keepdims=True)))
print(repr(np.linalg.norm(np.arange(12).reshape(3, 4) * 0.1, axis=1)), repr(np.linalg.norm(np.zeros(3))))
print(repr(np.round(np.linalg.det(m), 6)), repr(np.round(np.linalg.det(np.eye(3) * 2), 6)))
a = np.array([[4.0, -2.0, 1.0], [3.0, 6.0, -4.0], [2.0, 1.0, 8.0]])
print(repr(np.round(np.linalg.det(a), 6)))
print(repr(np.round(np.linalg.inv(m), 6)), repr(np.round(np.linalg.inv(a), 6)))
print(repr(np.allclose(np.linalg.inv(a) @ a, np.eye(3))))
b = np.array([12.0, -25.0, 32.0])
x = np.linalg.solve(a, b)
print(repr(np.round(x, 6)), repr(np.allclose(a @ x, b)))
print(repr(np.round(np.linalg.solve(m, np.array([[1.0, 0.0], [0.0, 1.0]])), 6)), repr(np.round(np.linalg.solve(m, [5, 6]), 6)))
i = np.array([[2, 1], [1, 3]])
print(repr(np.round(np.linalg.inv(i), 6)), np.linalg.inv(i).dtype, repr(np.round(np.linalg.det(i), 6)))
s = np.stack([m, m * 2])
print(repr(np.round(np.linalg.det(s), 6)), np.linalg.inv(s).shape)
for bad in [lambda: np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]])), lambda: np.linalg.solve(np.array([[0.0, 0.0], [0.0, 0.0]]), np.ones(2)),
            lambda: np.linalg.det(np.ones((2, 3))), lambda: np.linalg.inv(np.ones(3)), lambda: np.linalg.solve(m, np.ones(3))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
