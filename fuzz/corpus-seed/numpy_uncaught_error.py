# A script ending in an uncaught IndexError: the expected .err holds NumPy's message and the exit status.
import numpy as np

a = np.arange(3)
print(repr(a))
print(a[5])
print('not reached')
