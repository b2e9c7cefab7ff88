# str and repr of small int, float and bool arrays in 1-d and 2-d, with column alignment.
import numpy as np

arrs = [np.array([1, 2, 3]), np.array([-1, 20, -300]), np.array([[1, -2], [30, 4]]),
        np.array([0.5, 1.0, 2.25]), np.array([1.0, 2.0]), np.array([-1.5, 10.0, 100.125]),
        np.array([[0.1, 2.0], [-3.5, 40.0]]), np.array([True, False]), np.array([[True], [False]]),
        np.array([1e-3, 1.0]), np.array([0.1, 0.12345678912]), np.array([1 / 3, 2 / 3]),
        np.array([123456.789, 0.001]), np.array([1e5, 1e-5]), np.array([1e16, 1.0]),
        np.array([1.5e-10, 2.0]), np.array([-0.0, 0.0]), np.array([100.0, 2.5, -3.0]),
        np.arange(12).reshape(3, 4), np.arange(12).reshape(3, 4) * 1.5, np.array([[1e-4, 1.0], [2.0, 3.0]])]
for a in arrs:
    print(str(a))
    print(repr(a))
print(np.array([1, 2]), np.array([0.5]))
print([np.array([1, 2]), np.array([3.5])])
print(str(np.arange(5) - 2), str(np.array([10**9, -10**9])))
print(repr(np.array([2**62, 1])), repr(np.array([-2**63])))
print(repr(np.array([0.1 + 0.2])), str(np.array([0.1 + 0.2])), repr(np.array([1.0000000001])))
print(repr(np.array([123456789.123])), repr(np.array([1234567890123.0])), repr(np.array([0.000123456])))
print(repr(np.array([1.23456789e8, 1.0])), repr(np.array([1e8])), repr(np.array([99999999.0, 1.5])))
