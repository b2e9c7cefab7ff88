# np.newaxis / None and Ellipsis in indices: shapes and values.
import numpy as np

print(np.newaxis is None)
a = np.arange(6)
print(a[np.newaxis].shape, a[:, np.newaxis].shape, a[None, :, None].shape, a[..., None].shape)
print(repr(a[:, None][2:4]), repr(a[None, 1:3]))
m = np.arange(12).reshape(3, 4)
print(m[:, None, :].shape, m[None, ..., None].shape, m[1, None].shape, m[None, 1, None, 2].shape)
print(repr(m[..., 0]), repr(m[..., -1]), repr(m[1, ...]), repr(m[...]))
t = np.arange(24).reshape(2, 3, 4)
print(repr(t[..., 1]), repr(t[0, ...]), repr(t[..., 1, 2]), repr(t[1, ..., 3]))
print(t[..., None].shape, t[:, ..., :].shape, t[None, ..., 0].shape, t[..., None, 0].shape)
print(repr(t[1, ..., 1:3]))
col = a[:, np.newaxis]
row = a[np.newaxis, :]
print(repr(col * row))
print(repr(a[:3, None] + a[None, :2]))
s = np.array(7)
print(s[None].shape, s[..., None].shape, repr(s[None]))
try:
    t[..., ...]
except Exception as e:
    print(type(e).__name__, e)
