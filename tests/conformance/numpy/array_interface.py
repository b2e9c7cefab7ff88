# __array_interface__ (version 3) of arrays of every dtype and layout; the data address is left out.
import numpy as np

def show(a):
    ai = a.__array_interface__
    keys = sorted(ai.keys())
    print(keys)
    print(ai['version'], ai['shape'], ai['typestr'], ai['strides'], ai['descr'], ai['data'][1], type(ai['data'][0]).__name__)

for dt in ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
           'float32', 'float64', 'complex64', 'complex128']:
    show(np.zeros(3, dtype=dt))
base = np.arange(24).reshape(2, 3, 4)
show(base)
show(base.T)
show(base[:, ::2, 1:])
show(base[1])
show(base[..., ::-1])
show(np.array(5.0))
show(np.zeros((0, 3)))
show(np.arange(10)[::3])
a = np.arange(6)
print(a.__array_interface__['data'][0] == a[0:].__array_interface__['data'][0])
print(a[2:].__array_interface__['data'][0] - a.__array_interface__['data'][0])
print(a[::-1].__array_interface__['data'][0] - a.__array_interface__['data'][0])
