# Printed order of sets built by copies, unions, differences and symmetric differences
s = set()
for i in [5, 37, 69, 101, 133, 2, 34, 66, 98, 1, 33, 65, 97, 129, 161, 193, 225, 257, 289, 321]:
    s.add(i)
print(s)
print(set(s))
print(s.copy())
print(frozenset(s))
print(s | set(), set() | s, s.union([7]))
t = set(s)
t.discard(5)
t.discard(37)
print(t, set(t), t.copy(), t | {1000})
a = {1, 2, 3, 4}
print(a ^ {1, 9}, {1, 9} ^ a, a.symmetric_difference([1, 9]), a.symmetric_difference({9, 1}))
x = set(range(40))
y = set(range(0, 40, 2))
print(x - {0, 39}, x - y, y - x, x.difference([3, 4]))
# ints whose low bits collide (string hashes would make the order depend on PYTHONHASHSEED)
words = [8, 16, 3, 24, 11, 40, 19, 8, 27, 35, 64, 43, 3, 51, 59]
ws = set()
for w in words:
    ws.add(w)
print(ws)
print(ws | {72}, ws.union([1]), ws.copy(), set(ws))
print(ws - {8, 27}, ws & {27, 64, 7}, ws ^ {27, 7})
upd = set()
upd.update(ws)
print(upd)
upd.update([80, 88], (96,))
print(upd)
fs = frozenset(words)
print(fs, fs | {104}, fs - {8})
e = set()
for i in range(10):
    e.add(i * 8)
for i in range(0, 10, 2):
    e.discard(i * 8)
print(e, e.copy(), e | {1}, set(e))
