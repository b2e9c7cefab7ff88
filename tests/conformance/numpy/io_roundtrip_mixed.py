import numpy as np

a = np.arange(12, dtype=np.float32).reshape(3, 4) / 3
np.save('_tmp_io_roundtrip_a.npy', a)
b = np.load('_tmp_io_roundtrip_a.npy')
print(b.dtype, b.shape, np.array_equal(a, b))
print(b)
f = np.asfortranarray(np.arange(6).reshape(2, 3)) if False else np.arange(6).reshape(2, 3).T
np.save('_tmp_io_roundtrip_b', f)
g = np.load('_tmp_io_roundtrip_b.npy')
print(g, g.flags['C_CONTIGUOUS'], g.flags['F_CONTIGUOUS'])
for dt in [np.int8, np.uint16, np.int64, np.float64, np.complex128, np.bool_]:
    x = np.array([1, 0, 3], dtype=dt)
    np.save('_tmp_io_roundtrip_c.npy', x)
    y = np.load('_tmp_io_roundtrip_c.npy')
    print(dt.__name__, y, y.dtype)
np.save('_tmp_io_roundtrip_d.npy', np.float64(2.5))
print(repr(np.load('_tmp_io_roundtrip_d.npy')))
data = np.array([[1.5, 2.25, -3.0], [4e-5, 5e10, 6.0]])
np.savetxt('_tmp_io_roundtrip.txt', data)
print(open('_tmp_io_roundtrip.txt').read(), end='')
print(np.loadtxt('_tmp_io_roundtrip.txt'))
np.savetxt('_tmp_io_roundtrip.txt', data, fmt='%.3f', delimiter=',')
print(open('_tmp_io_roundtrip.txt').read(), end='')
print(np.loadtxt('_tmp_io_roundtrip.txt', delimiter=','))
np.savetxt('_tmp_io_roundtrip.txt', np.arange(5), fmt='%d')
print(open('_tmp_io_roundtrip.txt').read(), end='')
print(np.loadtxt('_tmp_io_roundtrip.txt'), np.loadtxt('_tmp_io_roundtrip.txt', dtype=int))
np.savetxt('_tmp_io_roundtrip.txt', data, header='a b c')
print(open('_tmp_io_roundtrip.txt').read(), end='')
print(np.loadtxt('_tmp_io_roundtrip.txt', skiprows=0))
with open('_tmp_io_roundtrip.txt', 'w') as fh:
    fh.write("# comment\n1 2 3\n4 5 6\n\n7 8 9\n")
print(np.loadtxt('_tmp_io_roundtrip.txt'))
print(np.loadtxt('_tmp_io_roundtrip.txt', usecols=(0, 2)))
print(np.loadtxt('_tmp_io_roundtrip.txt', skiprows=2))
ai = a.__array_interface__
print(sorted(ai.keys()))
print(ai['shape'], ai['typestr'], ai['version'], ai['strides'], type(ai['data']).__name__, ai['data'][1])
print(a[:, ::2].__array_interface__['strides'], a.T.__array_interface__['strides'])
print(np.arange(3, dtype=np.uint8).__array_interface__['typestr'], np.zeros(2, complex).__array_interface__['typestr'], np.array([True]).__array_interface__['descr'])
class Wrapper:
    def __init__(self, arr):
        self._arr = arr
    def __array__(self, dtype=None, copy=None):
        return self._arr
w = Wrapper(np.array([1.0, 2.0]))
print(np.asarray(w), np.array(w) * 2, np.sum(w) if True else 0)
class Iface:
    def __init__(self, arr):
        self.__array_interface__ = arr.__array_interface__
        self._keep = arr
print(np.asarray(Iface(np.arange(4, dtype=np.int16))))
