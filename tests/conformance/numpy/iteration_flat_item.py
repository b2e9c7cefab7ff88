# Iteration over the first axis, .flat, .item(), .tolist(), len().
import numpy as np

a = np.arange(6).reshape(2, 3)
for row in a:
    print(repr(row))
for x in np.array([1.5, 2.5]):
    print(repr(x), type(x).__name__)
for x in np.array([True, False]):
    print(repr(x))
t = np.arange(8).reshape(2, 2, 2)
for sub in t:
    for r in sub:
        print(list(r))
print([int(v) for v in np.arange(3)], sum(np.arange(5)), repr(sum(np.arange(5))))
print(list(np.array([1, 2], dtype=np.uint8)))
for i, v in enumerate(np.array([10, 20])):
    print(i, v)
for p, q in zip(np.arange(2), np.array([0.5, 1.5])):
    print(p * q)
row = next(iter(a))
row[0] = 99
print(repr(a))
print(repr(a.flat[4]), repr(a.flat[-1]), repr(a.T.flat[1]), repr(a.flat[1:4]))
print([v for v in a.T.flat], len(list(a.flat)))
a.flat[2] = -2
a.flat[[0, 5]] = 7
print(repr(a))
fl = np.zeros((2, 2))
fl.flat = [1, 2, 3, 4]
print(repr(fl))
print(repr(np.arange(6).reshape(2, 3)[:, ::2].flat[2]))
print(a.item(0), a.item(4), a.item(1, 2), a.item(-1), type(a.item(0)).__name__)
print(np.array([2.5]).item(), type(np.array([2.5]).item()).__name__)
print(np.array(True).item(), np.array(1 + 2j).item(), np.array(7, dtype=np.uint8).item())
print(np.array([3.25], dtype=np.float32).item(), type(np.array([3], dtype=np.int8).item()).__name__)
print(a.tolist(), type(a.tolist()[0][0]).__name__)
print(np.array([0.1, 0.2]).tolist(), np.array([True, False]).tolist(), np.array([1j, 2]).tolist())
print(np.array(5).tolist(), np.zeros((2, 0)).tolist(), np.zeros(0).tolist())
print(np.arange(8).reshape(2, 2, 2).tolist(), np.array([0.1], dtype=np.float32).tolist())
print(len(a), len(np.zeros((5, 3))), len(t[0]))
try:
    a.item()
except Exception as e:
    print(type(e).__name__, e)
try:
    a.item(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    len(np.array(3))
except Exception as e:
    print(type(e).__name__, e)
try:
    iter(np.array(3))
except Exception as e:
    print(type(e).__name__, e)
try:
    a.flat[6]
except Exception as e:
    print(type(e).__name__, e)
try:
    bool(np.array([1, 2]))
except Exception as e:
    print(type(e).__name__, e)
print(bool(np.array([0])), bool(np.array([[3]])), int(np.array(7)), float(np.array(1.5)))
try:
    float(np.array([[1.5]]))
except Exception as e:
    print(type(e).__name__, e)
