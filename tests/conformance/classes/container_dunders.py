# __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__, __bool__, iteration via __getitem__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if not (0 <= r < self.h and 0 <= c < self.w):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, 0)
        raise TypeError("need (row, col)")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 1] = 5
g[1, 2] = 7
print(len(g), g[0, 1], g[1, 1], 5 in g, 6 in g, bool(g))
del g[0, 1]
print(g[0, 1], 5 in g)
for bad in [(5, 5), "x"]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * 10
s = Seq(5)
print(s[0], s[-1], s[1:4], s[::-2], list(s), 30 in s, 35 in s, list(reversed(s)), sorted(s, reverse=True))
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty(), "yes" if Empty() else "no")
class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Truthy()), len(Truthy()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoLen()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
