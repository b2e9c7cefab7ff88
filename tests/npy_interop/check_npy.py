# Run by real CPython + NumPy: loads the files make_npy.py wrote into sys.argv[1], prints each file's
# header (version and the exact header text) and the loaded array, so any difference shows in the output.
import sys
import numpy as np

folder = sys.argv[1]
names = ['int64_2d', 'float64_1d', 'float32_2d', 'bool_1d', 'int8_1d', 'int16_1d', 'int32_3d', 'uint8_2d',
         'uint16_1d', 'uint32_1d', 'uint64_1d', 'complex64_1d', 'complex128_2d', 'fortran_2d', 'fortran_3d',
         'strided_view', 'scalar_0d', 'empty_1d', 'empty_2d', 'special_floats', 'single_column', 'big_1d']
for name in names:
    path = folder + '/' + name + '.npy'
    with open(path, 'rb') as f:
        raw = f.read()
    with open(path, 'rb') as f:
        version = np.lib.format.read_magic(f)
        shape, fortran_order, dtype = np.lib.format.read_array_header_1_0(f)
    header_len = raw[8] + 256 * raw[9]
    print(name, version, shape, fortran_order, dtype, len(raw), header_len)
    print(repr(raw[:10 + header_len]))
    a = np.load(path)
    print(repr(a))
    print(a.dtype, a.shape, a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'], a.tolist() if a.size <= 30 else a.sum())
