import numpy as np

data = np.arange(24)
m = data.reshape(4, 6)
print(m)
t = m.T
print(t.shape, t.strides)
parts = np.split(m, 3, axis=1)
for p in parts:
    print(p)
print(np.array_split(np.arange(10), 4))
print(np.split(np.arange(10), [3, 7]))
v = np.vstack(parts)
print(v)
h = np.hstack(parts[::-1])
print(h)
st = np.stack([m, m * 10], axis=-1)
print(st.shape)
print(st[1])
print(np.column_stack([np.arange(3), np.arange(3) ** 2]))
print(np.column_stack([np.ones((2, 2)), [5, 6]]))
print(np.concatenate([m, m], axis=None))
print(np.concatenate((m[:1], m[-1:]), axis=0))
print(np.vstack([np.arange(3), np.arange(3)]))
print(np.hstack([np.arange(3), np.arange(2)]))
print(np.stack([1, 2, 3]))
flat = m.flatten()
flat[0] = 99
print(m[0, 0], flat[0])
rv = m.ravel()
rv[0] = 77
print(m[0, 0])
print(m.ravel(order='F'))
print(m.reshape(2, -1, 3))
print(m.reshape((3, 8), order='F') if True else 0)
sq = np.zeros((1, 3, 1))
print(sq.squeeze().shape, sq.squeeze(axis=0).shape, np.squeeze(sq, axis=(0, 2)).shape)
print(np.expand_dims(np.arange(3), 0).shape, np.expand_dims(np.arange(3), (0, 2)).shape)
print(np.tile(np.arange(3), 2), np.tile(np.arange(3), (2, 2)))
print(np.repeat(np.arange(3), 2), np.repeat(m[:2, :2], [1, 2], axis=0))
print(np.roll(np.arange(10), 3), np.roll(m, -1, axis=1))
print(np.roll(m, 2))
print(np.flip(m), np.flip(m, axis=0)[0])
g = np.meshgrid(np.arange(3), np.arange(2))
print(g[0], g[1])
xs, ys = np.meshgrid(np.linspace(0, 1, 3), np.arange(4), indexing='ij')
print(xs.shape, ys)
print(np.indices((2, 3)))
print(np.fromfunction(lambda i, j: i * 10 + j, (3, 4)))
print(np.fromfunction(lambda i, j: i == j, (3, 3), dtype=int))
print(np.identity(3, dtype=int), np.eye(3, k=-1), np.diag([1, 2, 3]), np.diag(m))
print(np.diag(m, k=2), np.diag(np.arange(2), k=1))
print(np.zeros_like(m), np.ones_like(m, dtype=float), np.full_like(m, 3.7))
print(np.empty_like(m).shape, np.empty((2, 2)).dtype)
print(np.arange(5, 1, -1.5), np.arange(0.5, 3), np.arange(10, dtype=np.uint8)[-3:])
print(np.linspace(1, 2, 4, endpoint=False), np.linspace(0, 10, 5, retstep=True))
print(np.linspace(0, 10, 5, dtype=int))
print(np.array([[1, 2], [3, 4]], ndmin=3).shape, np.array(3.0, ndmin=2))
print(np.array([1, 2.5, True]), np.array([True, 2]), np.array([1, 1j]))
c = np.array(m, copy=True)
c[0] = 0
print(m[0])
print(np.asarray(m) is m, np.array(m) is m)
print(np.copy(m).base is None, m[1:].base is m, m.base)
# memory order of reshape / ravel / flatten
a = np.arange(6).reshape(2, 3)
for f in [lambda: a.reshape(3, 2, order='K'), lambda: a.reshape(3, 2, order='X'), lambda: a.ravel(order='X'),
          lambda: a.flatten('X'), lambda: a.ravel('K'), lambda: a.T.ravel('K'), lambda: a.flatten('F'),
          lambda: np.reshape(a, (3, 2), order='F'), lambda: np.ravel(a, 'F'), lambda: a.reshape((3, 2), order='f'),
          lambda: a.T.reshape(6, order='A'), lambda: a.ravel(order=None), lambda: a.T.ravel('A'),
          lambda: a.reshape(-1, order='F'), lambda: np.arange(24).reshape(2, 3, 4).ravel('F'),
          lambda: np.arange(24).reshape((2, 3, 4), order='F'), lambda: np.arange(8).reshape(2, 2, 2).T.flatten('K')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
