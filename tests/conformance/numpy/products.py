# dot, vdot, inner, outer, matmul, tensordot, trace, cross, convolve (float inputs exactly representable).
import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
v = np.array([1, 2, 3])
w = np.array([4, -5, 6])
print(repr(np.dot(a, b)), repr(np.dot(v, w)), repr(np.dot(a, v)), repr(np.dot(3, v)), repr(a.dot(v)))
fa = a * 0.5
fb = b * 0.25
print(repr(np.dot(fa, fb)), repr(np.matmul(fa, fb)), repr(fa @ fb))
print(repr(np.dot(v * 0.5, w * 1.5)), repr(np.dot(fa, np.array([1.0, 0.5, 2.0]))))
print(repr(np.vdot(v, w)), repr(np.vdot(a, a)), repr(np.vdot(np.array([1j, 2]), np.array([1j, 3]))))
print(repr(np.inner(v, w)), repr(np.inner(a, a)), repr(np.inner(a, v)))
print(repr(np.outer(v, w)), repr(np.outer(np.array([0.5, 1.0]), np.arange(3))), repr(np.outer(a, np.array([1, 2]))))
print(repr(np.matmul(a, b)), repr(np.matmul(v, b)), repr(np.matmul(a, v)), repr(np.matmul(v, w)))
s = np.arange(8).reshape(2, 2, 2)
print(repr(np.matmul(s, s)), repr(s @ np.array([1, -1])), repr(np.matmul(s, np.eye(2, dtype=int))))
print(repr(np.matmul(np.array([[1, 2]], dtype=np.int8), np.array([[100], [100]], dtype=np.int8))))
print(repr(np.matmul(np.array([[True, False]]), np.array([[True], [True]]))))
t = np.arange(24).reshape(2, 3, 4)
print(repr(np.tensordot(a, b, axes=1)), repr(np.tensordot(t, np.arange(12).reshape(3, 4), axes=2)))
print(repr(np.tensordot(t, np.arange(12).reshape(4, 3), axes=([1, 2], [1, 0]))), np.tensordot(a, a, axes=0).shape)
print(repr(np.tensordot(v, w, axes=([0], [0]))), np.tensordot(t, a, axes=([0, 1], [0, 1])).shape)
m = np.arange(16).reshape(4, 4)
print(repr(np.trace(m)), repr(np.trace(m, offset=1)), repr(np.trace(m, offset=-2)), repr(m.trace()), repr(np.trace(a)))
print(repr(np.trace(m * 0.5)), repr(np.trace(np.arange(8).reshape(2, 2, 2))))
print(repr(np.cross(np.array([1, 0, 0]), np.array([0, 1, 0]))), repr(np.cross(v, w)), repr(np.cross(v * 0.5, w)))
print(repr(np.cross(np.array([[1, 0, 0], [0, 0, 1]]), np.array([0, 1, 0]))))
print(repr(np.convolve(v, w)), repr(np.convolve(np.array([1, 2, 3, 4]), np.array([1, 1]), 'valid')))
print(repr(np.convolve(np.array([1, 2, 3, 4]), np.array([0.5, 0.25, 1.0]), 'same')), repr(np.convolve([1, 0, -1], [2, 3], mode='full')))
print(repr(np.convolve(np.array([0.5, 1.5]), np.array([2.0, 4.0, 8.0]))))
for bad in [lambda: np.dot(a, a), lambda: np.matmul(v, np.arange(4)), lambda: np.cross(v, np.arange(4)),
            lambda: np.tensordot(a, b, axes=2), lambda: np.convolve(np.array([]), v)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
