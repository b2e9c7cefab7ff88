# isclose, allclose (rtol, atol, equal_nan) and array_equal.
import numpy as np

a = np.array([1.0, 1e-8, 1e10, np.nan, np.inf, -np.inf, 0.0])
b = np.array([1.0 + 1e-9, 2e-8, 1.00001e10, np.nan, np.inf, np.inf, 1e-9])
print(repr(np.isclose(a, b)), repr(np.isclose(a, b, equal_nan=True)), repr(np.isclose(a, b, rtol=0, atol=1e-8)))
print(repr(np.isclose(a, b, rtol=1e-10, atol=0)), repr(np.isclose(1.0, 1.0000001)), repr(np.isclose(0.0, 1e-7)))
print(repr(np.isclose(np.array([1, 2]), np.array([1, 3]))), repr(np.isclose(np.array([[1.0], [2.0]]), np.array([1.0, 2.0]))))
print(repr(np.allclose(a[:3], b[:3])), repr(np.allclose(a, b)), repr(np.allclose(a, a)), repr(np.allclose(a, a, equal_nan=True)))
print(repr(np.allclose([1.0, 2.0], [1.0, 2.000001])), repr(np.allclose([1.0], [1.1], rtol=0.1)), repr(np.allclose([1.0], [1.1], atol=0.05)))
print(repr(np.allclose(np.array([]), np.array([]))), repr(np.allclose(np.ones((2, 2)), 1)))
x = np.arange(6).reshape(2, 3)
print(repr(np.array_equal(x, x.copy())), repr(np.array_equal(x, x.T)), repr(np.array_equal(x, x.astype(float))))
print(repr(np.array_equal([1, 2], [1, 2])), repr(np.array_equal([1, 2], [1, 2, 3])), repr(np.array_equal(np.array([np.nan]), np.array([np.nan]))))
print(repr(np.array_equal(np.array([np.nan]), np.array([np.nan]), equal_nan=True)), repr(np.array_equal(x, x + 0.5)))
print(repr(np.array_equal(np.zeros(0), np.zeros((0, 2)))), repr(np.array_equal(np.array(3), 3)))
