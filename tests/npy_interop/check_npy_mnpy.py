# Run by mnpy (the side being tested; CPython + NumPy gives the reference output): loads the files
# make_npy_numpy.py wrote into sys.argv[1] and prints them.
import sys
import numpy as np

folder = sys.argv[1]
names = ['int64_2d', 'float64_2d', 'float32_1d', 'bool_2d', 'int8_1d', 'int16_2d', 'int32_1d', 'uint8_1d',
         'uint16_1d', 'uint32_1d', 'uint64_1d', 'complex64_1d', 'complex128_1d', 'fortran_2d', 'fortran_3d',
         'scalar_0d', 'empty_2d', 'special_floats', 'big_2d', 'wide_header']
for name in names:
    a = np.load(folder + '/' + name + '.npy')
    print(name, a.dtype, a.shape, a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'], a.strides)
    print(repr(a))
    if a.size <= 30:
        print(a.tolist())
    else:
        print(repr(a.sum()), repr(a[1, 2]), a.ravel()[-5:].tolist())
b = np.load(folder + '/fortran_2d.npy')
b[0, 0] = 100.0
print(repr(b[0]), repr(b.T[0]))
