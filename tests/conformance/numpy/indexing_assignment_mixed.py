import numpy as np

grid = np.arange(30).reshape(5, 6)
print(grid[1:4, [0, 2, 5]])
print(grid[[4, 0], 1:3])
print(grid[np.array([[0, 1], [2, 3]]), 0])
print(grid[grid % 7 == 0], grid[(grid > 5) & (grid < 10)])
print(grid[:, grid[0] % 2 == 0])
print(grid[np.array([True, False, True, False, True])][:, -1])
print(grid[-1, -3:], grid[::-2, ::-3], grid[..., 1], grid[None, 0, :2].shape)
print(grid[1][2], grid[1, 2], type(grid[1, 2]))
g = grid.copy()
g[0] = -1
g[1, ::2] = [100, 200, 300]
g[2:4, 4:] = np.array([[7], [8]])
g[g > 25] = 0
g[[4, 4], [0, 1]] = 99
print(g)
g[:, 0] += 1000
g[3] *= 2
g[g < 0] -= 5
print(g)
h = np.zeros((3, 3), dtype=int)
h[[0, 1, 2], [2, 1, 0]] = 1
h[h == 0] = np.arange(6)
print(h)
h[1:, 1:] = 9.7
print(h)
v = grid[1:3]
v[:] = 0
print(grid[:4])
col = grid[:, 1]
col += 1
print(grid[:, :3])
for row in grid[:2]:
    print(row, row.sum())
print(list(grid.flat[:7]), grid.flat[5], grid.flat[[1, 2]])
fl = np.zeros(6)
fl.flat[::2] = 1
fl.flat[1] = 7
print(fl)
print(grid.item(7), grid.item(1, 2), np.array([2.5]).item(), type(grid.item(0)))
print(grid.tolist()[:2], np.array(3).tolist(), np.array([[1.5]]).tolist())
print(len(grid), len(grid[0]), grid.shape[::-1])
e = np.arange(10)
e[e % 2 == 1] *= -1
print(e)
e[[1, 3]] = e[[3, 1]]
print(e)
e[2:5] = e[::-1][2:5]
print(e)
idx = np.argsort(e)
print(e[idx], idx[:3])
mask2 = np.zeros((2, 3), dtype=bool)
mask2[0, 1] = True
mask2[1] = True
print(np.arange(6).reshape(2, 3)[mask2], mask2.sum(), mask2.any(axis=1))
b3 = np.arange(24).reshape(2, 3, 4)
print(b3[1, ..., 2], b3[..., 1:3].shape, b3[:, 1, None].shape, b3[0, [0, 2]][:, [1, 3]])
print(b3[[0, 1], [1, 2], [2, 3]], b3[:, [0, 2], 1:3].shape, b3[[1], :, [0]].shape)
print(b3[b3.sum(axis=2) > 20])
nd = np.arange(4.0)
nd[1:3] = 5
nd[np.array([0])] = [-1.5]
print(nd, nd[-1], nd[np.int64(2)], nd[np.array(1)])
def check(label, f):
    try:
        print(label, f())
    except Exception as ex:
        print(label, type(ex).__name__, ex)
check("oob", lambda: grid[5, 0])
check("oob2", lambda: grid[:, 6])
check("oobfancy", lambda: grid[[0, 9]])
check("maskshape", lambda: grid[np.ones(4, dtype=bool)])
check("assignshape", lambda: grid.__setitem__(slice(0, 2), np.ones((3, 6))))
check("fancyassign", lambda: grid.__setitem__(([0, 1],), np.ones((3, 6))))
check("strkey", lambda: grid["a"])
check("toomany", lambda: grid[1, 2, 3])
check("flat", lambda: grid.flat[100])
check("item", lambda: grid.item(100))
check("fancyneg", lambda: grid[[-6]])
check("float", lambda: grid[1.0])
