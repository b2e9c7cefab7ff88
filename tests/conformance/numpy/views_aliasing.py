# Views alias their base: slices, .T, transpose, swapaxes, reshape/ravel, newaxis, ellipsis; .base, flags.
import numpy as np

a = np.arange(10)
b = a[::2]
b[0] = 99
print(a, b, b.base is a, a.base is None)
c = a[2:5]
c[:] = -1
print(a)
c += 100
print(a)
m = np.arange(6).reshape(2, 3)
print(m.base is not None, m.flags['C_CONTIGUOUS'], m.flags['F_CONTIGUOUS'])
t = m.T
t[0, 1] = 50
print(m, t.flags['C_CONTIGUOUS'], t.flags['F_CONTIGUOUS'], t.strides, m.strides)
tr = np.transpose(m)
tr[2, 0] = -7
print(m)
s = np.swapaxes(m, 0, 1)
s[1, 1] = 44
print(m, s.shape)
r = m.reshape(3, 2)
r[0, 0] = 1000
print(m, r.base is m.base)
rv = m.ravel()
rv[-1] = 555
print(m)
tcopy = m.T.ravel()
tcopy[0] = 0
print(m, tcopy)
f = m.flatten()
f[1] = 12345
print(m[0, 1], f[1])
n = m[np.newaxis]
n[0, 0, 2] = 77
print(m, n.shape)
e = m[..., 1]
e[:] = 8
print(m, e.shape, e.strides)
col = m[:, 0]
print(col.flags['C_CONTIGUOUS'], col.strides, col.base is m)
cp = m.copy()
cp[0, 0] = -5
print(m[0, 0], cp[0, 0], cp.base is None, cp.flags['C_CONTIGUOUS'])
rev = a[::-1]
rev[0] = 4242
print(a[-1], rev.strides)
x = np.zeros((3, 4))
x[1][2] = 5
x[2, :][::2] = 7
print(x)
v = x[1:, 1:3]
v *= 10
print(x, v.flags['C_CONTIGUOUS'], v.strides)
g = np.arange(24).reshape(2, 3, 4)
h = g.transpose(2, 0, 1)
print(h.shape, h.strides, h[3, 1, 2], g[1, 2, 3])
h[0, 0, 0] = -1
print(g[0, 0, 0], g.transpose().shape, g.T.strides)
