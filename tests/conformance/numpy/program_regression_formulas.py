import numpy as np

# Simple linear regression with closed-form formulas, residual statistics, table output
np.random.seed(123)
x = np.linspace(0.0, 10.0, 21)
noise = np.random.normal(0.0, 0.5, x.shape)
y = 2.5 * x - 1.0 + noise
xm, ym = x.mean(), y.mean()
sxy = np.sum((x - xm) * (y - ym))
sxx = np.sum((x - xm) ** 2)
slope = sxy / sxx
intercept = ym - slope * xm
print(repr(slope), repr(intercept))
print(f"y = {slope:.4f} x + {intercept:.4f}")
pred = slope * x + intercept
resid = y - pred
print(np.round(resid, 4))
ss_res = (resid ** 2).sum()
ss_tot = ((y - ym) ** 2).sum()
r2 = 1 - ss_res / ss_tot
print(f"R^2 = {r2:.6f}", type(r2).__name__)
print(f"{'x':>6} {'y':>9} {'pred':>9} {'resid':>8}")
for xi, yi, pi, ri in zip(x[::4], y[::4], pred[::4], resid[::4]):
    print(f"{xi:6.2f} {yi:9.4f} {pi:9.4f} {ri:+8.4f}")
X = np.column_stack([np.ones_like(x), x])
XtX = X.T @ X
Xty = X.T @ y
beta = np.linalg.solve(XtX, Xty)
print(np.round(beta, 6))
print(np.allclose(beta, [intercept, slope]))
inv = np.linalg.inv(XtX)
print(np.round(inv, 6))
print(np.allclose(inv @ XtX, np.eye(2)))
print(round(float(np.linalg.det(XtX)), 4))
print(round(float(np.linalg.norm(resid)), 6), np.round(np.linalg.norm(X, axis=0), 6))
print(np.round(np.linalg.norm(XtX), 4), np.linalg.norm([3, 4]), np.linalg.norm(np.array([[1, 2], [3, 4]]), 'fro') ** 2)
corr = sxy / np.sqrt(sxx * ((y - ym) ** 2).sum())
print(repr(round(corr, 8)), np.sign(corr))
cov = np.dot(x - xm, y - ym) / (len(x) - 1)
print(round(float(cov), 9), repr(np.var(x, ddof=1)), repr(np.std(y, ddof=1)))
# weighted
w = np.arange(1, 22, dtype=float)
avg, sw = np.average(y, weights=w, returned=True)
print(repr(avg), repr(sw))
print(np.trace(XtX), np.trace(np.eye(3) * 2.5), np.diag(XtX))
print(np.outer(beta, beta).shape, np.inner(x[:3], y[:3]).round(6), np.vdot(x[:3], x[:3]))
print(np.tensordot(X, X, axes=([0], [0])).round(6))
print(np.cross([1, 0, 0], [0, 1, 0]), np.cross(np.array([[1.0, 2, 3]]), np.array([[4.0, 5, 6]])))
A = np.array([[4.0, -2.0, 1.0], [-2.0, 4.0, -2.0], [1.0, -2.0, 4.0]])
b = np.array([11.0, -16.0, 17.0])
sol = np.linalg.solve(A, b)
print(np.round(sol, 8), np.allclose(A @ sol, b))
print(np.round(np.linalg.inv(A), 6))
print(round(np.linalg.det(A), 8), np.linalg.det(np.eye(4)))
B = np.arange(1.0, 10.0).reshape(3, 3)
print(round(abs(np.linalg.det(B)), 6) < 1e-9)
try:
    np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
print(np.matmul(np.ones((2, 3, 4)), np.ones((4, 2))).shape, (np.ones((5, 1, 3)) @ np.ones((3,))).shape)
print(np.dot(3, 4), np.dot([1, 2], [3, 4]), np.dot(np.eye(2), [1.5, 2.5]))
