# A small whole program: least squares line fit by the normal equations, residual statistics.
import numpy as np

x = np.arange(20) * 0.5
y = 3.0 * x - 2.0 + np.sin(x)
design = np.column_stack([x, np.ones_like(x)])
gram = design.T @ design
rhs = design.T @ y
coef = np.linalg.solve(gram, rhs)
print(repr(np.round(coef, 6)))
fitted = design @ coef
residual = y - fitted
print(repr(np.round(residual[:5], 6)), repr(np.round(np.abs(residual).max(), 6)))
print(repr(np.round(np.std(residual), 6)), repr(np.round(np.mean(residual), 6) + 0.0))
print(repr(np.percentile(y, [5, 50, 95])), repr(np.median(y)))
order = np.argsort(residual, kind='stable')
print(repr(order[:5]), repr(order[-5:]))
hist, edges = np.histogram(np.round(residual, 9), bins=4)
print(repr(hist), repr(np.round(edges, 6)))
print(repr(np.round(np.sum((x - x.mean()) * (y - y.mean())) / 19, 6)))
