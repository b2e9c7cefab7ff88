# Basic indexing: integers (negative too), slices with steps (negative too), results and shapes.
import numpy as np

a = np.arange(10) * 10
print(repr(a[0]), repr(a[-1]), repr(a[3]), repr(a[-10]))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1], a[::-3], a[8:2:-2])
print(a[5:2], a[100:], a[-100:2], a[2:100:4], a[-1:-4:-1], a[:], a[3:3])
m = np.arange(20).reshape(4, 5)
print(repr(m[1]), repr(m[-1]), repr(m[2, 3]), repr(m[-1, -1]), repr(m[1][2]))
print(repr(m[1:3]), repr(m[:, 1]), repr(m[:, -1]), repr(m[::2, ::2]), repr(m[::-1, ::-2]))
print(repr(m[1:3, 2:]), repr(m[-2:, :2]), repr(m[3, ::-1]), repr(m[:0]))
print(m[1:3, 2:].shape, m[:, 1].shape, m[1].shape, m[1, :].shape, m[1:2].shape, m[1:2, 3].shape)
t = np.arange(24).reshape(2, 3, 4)
print(repr(t[1, 2]), repr(t[0, :, 1]), repr(t[:, 1, :]), repr(t[-1, -1, -1]), repr(t[:, :, ::3]))
print(t[0].shape, t[:, 0].shape, t[:, :, 0].shape, t[1:, 1:, 1:].shape)
f = np.linspace(0, 1, 5)
print(repr(f[2]), repr(f[-1]), repr(f[1:4]))
b = np.array([True, False, True])
print(repr(b[0]), repr(b[1:]))
z = np.array(3.5)
print(repr(z[()]), repr(z[...]), z[...].shape)
print(repr(m[(1, 2)]), repr(m[np.int64(2)]), repr(a[np.int32(-2)]), repr(a[np.uint8(1)]))
print(repr(m[1, np.int64(-1)]))
print(len(a), len(m), len(t), len(m[0]))
