# np.save / np.load round trip of several dtypes and shapes, C and Fortran order (fixed file names).
import numpy as np

arrays = [np.arange(6, dtype=np.int64).reshape(2, 3), np.linspace(0, 1, 5), np.array([True, False, True]),
          np.array([[1.5, -2.0], [3.25, 4.0]], dtype=np.float32), np.array([1 + 2j, -3j]),
          np.array([1, 2, 3], dtype=np.uint8), np.array([-7, 7], dtype=np.int16), np.array(3.5),
          np.zeros((2, 0, 3)), np.arange(12, dtype=np.int32).reshape(3, 4).T,
          np.array([2**63 - 1, -2**63]), np.array([np.nan, np.inf, -0.0]), np.arange(24).reshape(2, 3, 4)[:, ::2, 1:],
          np.array([1 + 1j], dtype=np.complex64), np.array([65535], dtype=np.uint16), np.array([4000000000], dtype=np.uint32),
          np.array([2**64 - 1], dtype=np.uint64), np.array([-1], dtype=np.int8)]
for i, a in enumerate(arrays):
    np.save('_tmp_save_load.npy', a)
    b = np.load('_tmp_save_load.npy')
    print(i, repr(b), b.dtype, b.shape, b.flags['C_CONTIGUOUS'], b.flags['F_CONTIGUOUS'], np.array_equal(a, b, equal_nan=(a.dtype.kind == 'f')))
f = np.arange(6.0).reshape(3, 2).T
np.save('_tmp_save_load', f)
g = np.load('_tmp_save_load.npy')
print(repr(g), g.flags['F_CONTIGUOUS'], g.flags['C_CONTIGUOUS'], g.strides)
g[0, 0] = 100
h = np.load('_tmp_save_load.npy')
print(repr(h[0, 0]))
np.save('_tmp_save_load.npy', np.array([]))
print(repr(np.load('_tmp_save_load.npy')))
np.save('_tmp_save_load.npy', [[1, 2], [3, 4]])
print(repr(np.load('_tmp_save_load.npy')))
np.save('_tmp_save_load.npy', 7)
print(repr(np.load('_tmp_save_load.npy')))
np.save('_tmp_save_load.npy', np.array([0]))
