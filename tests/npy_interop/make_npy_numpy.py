# Run by real CPython + NumPy: writes .npy files into the folder given as sys.argv[1] for
# check_npy_mnpy.py to load under mnpy.
import sys
import numpy as np

folder = sys.argv[1]


def save(name, arr):
    np.save(folder + '/' + name + '.npy', arr)
    print(name, arr.dtype, arr.shape)


save('int64_2d', np.arange(12).reshape(3, 4) - 5)
save('float64_2d', np.linspace(0, 1, 12).reshape(3, 4))
save('float32_1d', np.array([0.1, 1.5, -2.25, 3e38], dtype=np.float32))
save('bool_2d', np.array([[True, False], [False, True]]))
save('int8_1d', np.array([-128, 127], dtype=np.int8))
save('int16_2d', np.array([[-2, 300], [4000, -32768]], dtype=np.int16))
save('int32_1d', np.array([-2147483648, 2147483647], dtype=np.int32))
save('uint8_1d', np.arange(250, 256, dtype=np.uint8))
save('uint16_1d', np.array([1, 65535], dtype=np.uint16))
save('uint32_1d', np.array([7, 4294967295], dtype=np.uint32))
save('uint64_1d', np.array([2**63, 2**64 - 1], dtype=np.uint64))
save('complex64_1d', np.array([0.5 + 1j, -2 - 0.125j], dtype=np.complex64))
save('complex128_1d', np.array([1e-3 + 1e3j, complex(np.nan, 1)]))
save('fortran_2d', np.asfortranarray(np.arange(15.0).reshape(3, 5)))
save('fortran_3d', np.asfortranarray(np.arange(24, dtype=np.int64).reshape(2, 3, 4)))
save('scalar_0d', np.array(-7))
save('empty_2d', np.zeros((0, 4)))
save('special_floats', np.array([np.nan, -np.inf, np.inf, -0.0, 2.2250738585072014e-308]))
save('big_2d', np.arange(3000, dtype=np.float64).reshape(60, 50) / 7)
save('wide_header', np.zeros((1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2), dtype=np.int8))
