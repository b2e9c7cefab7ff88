# Type promotion between arrays of every dtype pair (NumPy 2 rules), via binary add.
import numpy as np

names = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
         'float32', 'float64', 'complex64', 'complex128']
for a in names:
    row = []
    for b in names:
        x = np.ones(2, dtype=a)
        y = np.ones(2, dtype=b)
        row.append(str((x + y).dtype))
    print(a, ' '.join(row))

print((np.ones(2, dtype=np.bool_) + np.ones(2, dtype=np.bool_)))
print((np.array([1, 2], dtype=np.int8) * np.array([1.5, 2.5], dtype=np.float32)).dtype)
print((np.array([3], dtype=np.uint8) - np.array([5], dtype=np.int8)))
print((np.array([10], dtype=np.int32) / np.array([4], dtype=np.int32)).dtype)
print((np.array([10], dtype=np.int8) / np.array([4], dtype=np.int8)).dtype)
print((np.array([10], dtype=np.uint8) // np.array([4], dtype=np.int8)).dtype)
print(np.concatenate([np.array([1], dtype=np.int8), np.array([2.5], dtype=np.float32)]).dtype)
print(np.array([1, 2.5, True]).dtype, np.array([1, 1j]).dtype, np.array([True, 2]).dtype)
