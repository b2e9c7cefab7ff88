import numpy as np

# NumPy shortcuts: arr ** 2 -> square, arr ** -1 -> reciprocal, arr ** 0.5 -> sqrt (Python int /
# float exponents), and the float power loop's constant-exponent cases; scalar math uses pow.
n = -0.0
b = np.full((3, 4), n)
with np.errstate(all='ignore'):
    print(np.power(np.array([n]), np.array([0.5])))
    print(np.power(np.full((2, 3), n), np.array([[0.5], [0.5]])))
    print(repr(np.power(np.float64(n), 0.5)), repr(np.float64(n) ** 0.5), repr(np.float64(n) ** np.float64(0.5)))
    print(repr(np.power(np.array(n), 0.5)), repr(np.array(n) ** 0.5))
    print(np.power(np.array([n], dtype=np.float32), 0.5))
    print(np.power(np.array([n, n, n]), np.array([0.5]))[0])
    print(np.power(b, np.array([[0.5]]))[0, 0])
    print(np.power(b.T, 0.5)[0, 0], np.power(b[::2, ::3], 0.5)[0, 0], np.power(b.T[::2], np.array([0.5]))[0, 0])
    print(np.power(b, np.full(4, 0.5))[0, 0])
    print(np.power(np.array([n]), np.array(0.5))[0])
    print(np.power(np.array([n]), np.array([[0.5]]))[0])
    print(np.power(np.array([n, n], dtype=np.float32), np.float64(0.5))[0])
    print(np.array([2, 3], dtype=np.int8) ** 2, np.array([True, False]) ** 2, (np.array([True]) ** 2).dtype)
    print(np.array([-1, -4]) ** 0.5, np.array([-1.0, -np.inf]) ** 0.5, np.array([-np.inf]) ** np.array([0.5]))
    x = np.array([-0.0, 4.0]); x **= 0.5; print(x)
    x = np.array([-0.0, 4.0]); x **= -1; print(x)
    x = np.array([3, 4]); x **= 2; print(x)
    y = np.array([1.5, 2.5], dtype=np.float32)
    print(y ** -1, (y ** -1).dtype, y ** 2.0, y ** np.float32(2))
    r = np.random.default_rng(3).random(50) * 7 - 1
    print((r ** 0.5).tolist())
    print((r ** 3.0).tolist())
    print((r ** -1.0).tolist() == (1 / r).tolist(), (r ** 2).tolist() == (r * r).tolist())
    print((r.astype(np.float32) ** 2.0).tolist())
    print((r.astype(np.float32) ** np.float32(1.7)).tolist())
    print(np.float32(2.0598876) ** 2, np.float32(2.0598876) ** np.float32(2), np.power(np.float32(2.0598876), 2))
    print(2 ** np.array([0.5, -1.0]), 0.5 ** np.array([2, 3]))
    print(np.array([1 + 1j, 0j]) ** 2, np.array([1 + 1j, 0j]) ** -1, np.array([-4 + 0j, 0j]) ** 0.5)
    print(np.int64(3) ** 2, np.float64(2) ** -1, np.complex128(0) ** 0.5, np.complex128(-4) ** 0.5)
    for p in [1, 2, -1, 0.5, 1.0, 2.0, -1.0, 0, 0.0, 3, np.float64(0.5), np.int64(2), np.array(0.5), True]:
        z = np.array([complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 0j])
        f = np.array([-0.0, -1.0, 0.0])
        print(repr(p), z ** p, f ** p)

# floating-point errors raised by NumPy scalar math name the 'scalar' operation
np.seterr(all='raise')
for f in [lambda: np.float64(1) / 0, lambda: np.float64(1) // 0, lambda: np.float64(1) % 0,
          lambda: np.float64(1e300) * 1e300, lambda: np.float64(1e300) + 1e308, lambda: np.float64(0) ** -1,
          lambda: np.int64(2**62) * 4, lambda: np.int8(100) + np.int8(100), lambda: -np.int8(-128),
          lambda: abs(np.int8(-128)), lambda: np.int64(1) // 0, lambda: np.int64(5) % 0,
          lambda: np.float64(-1) ** 0.5, lambda: divmod(np.float64(1), 0), lambda: np.float32(1e38) * np.float32(10),
          lambda: np.int32(7) << 40, lambda: np.float64(np.inf) - np.inf, lambda: np.int64(2) ** -1,
          lambda: np.array([1.0]) / 0, lambda: np.float64(1) / np.array(0.0), lambda: np.sqrt(np.float64(-1)),
          lambda: np.int8(-128) // np.int8(-1), lambda: np.array([-128], dtype=np.int8) // -1,
          lambda: -np.uint8(1), lambda: np.uint8(0) - np.uint8(1), lambda: np.uint8(250) + 10,
          lambda: np.uint64(2**63) * 2, lambda: np.int64(-2**63) * -1, lambda: np.int64(2) ** 63,
          lambda: divmod(np.int8(-128), np.int8(-1)), lambda: np.int8(-128) % np.int8(-1),
          lambda: np.bool_(True) + np.bool_(True), lambda: np.int8(3) + np.int16(300), lambda: +np.int8(-128),
          lambda: np.float64(1e308) ** 2, lambda: np.int32(5) / np.int32(0), lambda: 7 // np.int8(0),
          lambda: np.int8(-128) * -1, lambda: np.int8(-100) - 100, lambda: np.uint8(3) - 5,
          lambda: divmod(np.int16(7), np.int16(-2)), lambda: divmod(np.float32(7.5), 2)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
np.seterr(all='warn')

# sequences repeat through an integer scalar's __index__
print('ab' * np.int8(2), [1] * np.uint64(2), np.int32(2) * (1,), np.int64(3) * 'z')
for f in [lambda: 'a' * np.bool_(True), lambda: 'a' * np.float64(2), lambda: [1, 2] * np.array([2]),
          lambda: (1,) * np.array(2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# conjugate of real arrays and scalars is the value itself; scalar methods of the 0-d array
a = np.array([True, False])
print(repr(np.conjugate(a)), repr(a.conjugate()), a.conjugate() is a, repr(np.bool_(True).conjugate()))
print(repr(np.conjugate(np.array([1, 2], dtype=np.uint8))), repr(np.array([1.5]).conj()))
for v in [np.float64(2.567), np.int32(-7), np.float32(1.25), np.complex128(1 - 2j), np.uint8(200)]:
    print(repr(v.round()), repr(v.prod()), repr(v.std()), repr(v.all()), repr(v.argmax()), repr(v.ravel()),
          repr(v.squeeze()), repr(v.cumsum()), repr(v.clip(0, 5)), repr(v.transpose()), repr(v.var()))
print(np.float64(2.567).round(2), np.float32(2.567).round(1), np.int64(1234).round(-2), round(np.int64(1234), -2))
print(np.float32(2.0).is_integer(), np.float64(2.5).is_integer(), np.int8(3).is_integer(), np.float32(1.25).as_integer_ratio())
