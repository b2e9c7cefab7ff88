# List slicing with steps, negative indices, and slice assignment / deletion.
a = list(range(10))
print(a[2:7], a[::3], a[::-1], a[-3:], a[:-7], a[7:2:-1], a[-1:-4:-1], a[100:], a[3:3], a[::-4], a[1:9:2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b = a[:]
b[2:2] = [100, 200]
print(b)
b = a[:]
b[::2] = "ABCDE"
print(b)
b = a[:]
b[1::3] = [0, 0, 0]
print(b)
b = a[:]
b[:] = []
print(b)
b = a[:]
b[-2:] = range(3)
print(b)
b = a[:]
b[5:] = []
b[len(b):] = [99]
print(b)
b = a[:]
b[::-1] = a
print(b)
b = a[:]
del b[::3]
print(b)
b = a[:]
b[8:2] = ["inserted"]
print(b)
try:
    b = a[:]
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
t = tuple(range(6))
print(t[1:4], t[::-2], t[-100:100], (1, 2, 3)[1:])
r = range(0, 20, 3)
print(r[1:4], r[::-1], r[2], r[-1], list(r[::2]))
s = slice(1, 8, 2)
print(a[s], s.start, s.stop, s.step, s)
print(slice(5), slice(None, None, -1), a[slice(None, None, -2)])
