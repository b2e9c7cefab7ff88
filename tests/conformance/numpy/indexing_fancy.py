# Integer-array and list (fancy) indexing, including mixed with slices and negative indices.
import numpy as np

a = np.arange(10) * 2
print(repr(a[[1, 3, 5]]), repr(a[np.array([0, -1, -2])]), repr(a[[4, 4, 4]]), repr(a[[]]))
print(repr(a[np.array([[0, 1], [2, 3]])]))
print(repr(a[np.array([2, 1], dtype=np.int8)]), repr(a[np.array([9], dtype=np.uint16)]))
m = np.arange(20).reshape(4, 5)
print(repr(m[[0, 2]]), repr(m[[0, 2], [1, 3]]), repr(m[[-1, 0], [-1, 0]]))
print(repr(m[[0, 3], :]), repr(m[:, [4, 0]]), repr(m[1:3, [0, 2, 4]]), repr(m[[2, 1], 1:4]))
print(repr(m[np.array([[0, 0], [3, 3]]), np.array([[0, 4], [0, 4]])]))
print(repr(m[[1, 2], 3]), repr(m[2, [0, 1, 1]]))
print(repr(m[np.array([1, 2])[:, None], np.array([0, 4])]))
t = np.arange(60).reshape(3, 4, 5)
print(t[[0, 2]].shape, t[:, [1, 2]].shape, t[:, :, [0]].shape, t[[0, 1], :, [1, 2]].shape)
print(t[[0, 1], [1, 2]].shape, t[:, [0, 1], [1, 2]].shape, t[[0], :, [1]].shape, t[0, :, [1, 2]].shape)
print(repr(t[[0, 2], [1, 3], [2, 4]]), repr(t[1, [0, 3], 1:3]))
print(repr(t[..., [0, 4]][0]))
f = a[[1, 2]]
f[0] = -100
print(repr(a))
b = np.zeros(6, dtype=int)
b[[1, 3, 5]] = 7
print(repr(b))
b[[0, 1]] = [8, 9]
print(repr(b))
b[np.array([-1, -2])] = np.array([-5, -6])
print(repr(b))
c = np.zeros((3, 3))
c[[0, 1, 2], [2, 1, 0]] = 1.5
print(repr(c))
c[:, [0, 2]] = np.array([[1.0, 2.0]])
print(repr(c))
d = np.zeros(5, dtype=int)
d[[0, 0, 0, 1]] += 1
print(repr(d))
print(repr(np.arange(5)[np.array(3)]))
for bad in [[10], [-11], [0, 1, 2, 30]]:
    try:
        a[bad]
    except Exception as e:
        print(type(e).__name__, e)
try:
    m[[0, 1], [0, 1, 2]]
except Exception as e:
    print(type(e).__name__, e)
try:
    a[np.array([1.0, 2.0])]
except Exception as e:
    print(type(e).__name__, e)
try:
    m[[0], 9]
except Exception as e:
    print(type(e).__name__, e)
