# reshape (with -1), ravel, flatten, squeeze, expand_dims, transpose, swapaxes, moveaxis.
import numpy as np

a = np.arange(12)
print(repr(a.reshape(3, 4)), repr(a.reshape((2, -1))), repr(a.reshape(-1, 6).shape))
print(a.reshape(2, 2, 3).shape, a.reshape(-1).shape, np.reshape(a, (4, 3)).shape)
b = a.reshape(3, 4)
print(repr(b.ravel()), repr(b.T.ravel()), repr(np.ravel(b)), repr(b.flatten()))
print(repr(b.reshape(12)), repr(b.T.reshape(2, 6)))
c = np.zeros((1, 3, 1, 2))
print(c.squeeze().shape, np.squeeze(c, axis=0).shape, np.squeeze(c, axis=(0, 2)).shape)
print(np.squeeze(np.array([[5]])).shape, repr(np.squeeze(np.array([[5]]))))
print(np.expand_dims(a, 0).shape, np.expand_dims(a, 1).shape, np.expand_dims(a, -1).shape)
print(np.expand_dims(b, (0, 3)).shape, np.expand_dims(b, axis=1).shape)
d = np.arange(24).reshape(2, 3, 4)
print(d.transpose().shape, d.transpose(1, 0, 2).shape, np.transpose(d, (2, 1, 0)).shape)
print(repr(np.transpose(d, (1, 2, 0))[2]))
print(np.swapaxes(d, 0, 2).shape, d.swapaxes(1, -1).shape)
print(np.moveaxis(d, 0, -1).shape, np.moveaxis(d, -1, 0).shape, np.moveaxis(d, [0, 1], [-1, -2]).shape)
print(repr(np.moveaxis(d, 2, 0)[1]))
print(b.T.shape, np.arange(3).T.shape, repr(np.array(5).T))
print(repr(a.reshape(2, 3, 2)[1]))
print(d.size, len(d), d.ndim, d.shape)
for bad in [(5,), (3, -1, -1), (7, -1)]:
    try:
        a.reshape(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.squeeze(c, axis=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.transpose(0, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.swapaxes(d, 0, 3)
except Exception as e:
    print(type(e).__name__, e)
