# Writes .npy files of several dtypes, shapes and memory orders into the folder given as sys.argv[1].
# Runs under mnpy (the side being tested) and under CPython + NumPy (the reference); check_npy.py reads the files.
import sys
import numpy as np

folder = sys.argv[1]


def save(name, arr):
    np.save(folder + '/' + name + '.npy', arr)
    print(name, arr.dtype, arr.shape, arr.flags['C_CONTIGUOUS'], arr.flags['F_CONTIGUOUS'])


save('int64_2d', np.arange(12).reshape(3, 4))
save('float64_1d', np.linspace(-1, 1, 7))
save('float32_2d', (np.arange(6, dtype=np.float32) / 3).reshape(2, 3))
save('bool_1d', np.array([True, False, False, True]))
save('int8_1d', np.array([-128, -1, 0, 1, 127], dtype=np.int8))
save('int16_1d', np.array([-32768, 12345, 32767], dtype=np.int16))
save('int32_3d', np.arange(24, dtype=np.int32).reshape(2, 3, 4))
save('uint8_2d', np.arange(0, 256, 16, dtype=np.uint8).reshape(4, 4))
save('uint16_1d', np.array([0, 65535], dtype=np.uint16))
save('uint32_1d', np.array([0, 4294967295], dtype=np.uint32))
save('uint64_1d', np.array([0, 18446744073709551615], dtype=np.uint64))
save('complex64_1d', np.array([1 + 2j, -0.5 - 0.25j], dtype=np.complex64))
save('complex128_2d', (np.arange(4) * (1 - 1j)).reshape(2, 2))
save('fortran_2d', np.arange(12.0).reshape(4, 3).T)
save('fortran_3d', np.arange(24, dtype=np.int32).reshape(4, 3, 2).T)
save('strided_view', np.arange(20)[::3])
save('scalar_0d', np.array(2.5))
save('empty_1d', np.zeros(0))
save('empty_2d', np.zeros((3, 0), dtype=np.int16))
save('special_floats', np.array([np.nan, np.inf, -np.inf, -0.0, 5e-324, 1.7976931348623157e308]))
save('single_column', np.arange(5, dtype=np.float64).reshape(5, 1))
save('big_1d', np.arange(5000) * 0.5)
