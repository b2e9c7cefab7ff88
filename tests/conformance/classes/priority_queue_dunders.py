import functools

@functools.total_ordering if False else (lambda c: c)
class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __lt__(self, other):
        return (self.prio, self.name) < (other.prio, other.name)
    def __le__(self, other):
        return not other < self
    def __eq__(self, other):
        return isinstance(other, Task) and (self.prio, self.name) == (other.prio, other.name)
    __hash__ = None
    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"

class PQ:
    def __init__(self, items=()):
        self._h = []
        for it in items:
            self.push(it)
    def __len__(self):
        return len(self._h)
    def __bool__(self):
        return bool(self._h)
    def __contains__(self, item):
        return item in self._h
    def __iter__(self):
        c = PQ(self._h)
        while c:
            yield c.pop()
    def __repr__(self):
        return "PQ(%s)" % sorted(self._h)
    def __getitem__(self, i):
        return sorted(self._h)[i]
    def __iadd__(self, item):
        self.push(item)
        return self
    def push(self, item):
        h = self._h
        h.append(item)
        i = len(h) - 1
        while i > 0:
            p = (i - 1) // 2
            if h[i] < h[p]:
                h[i], h[p] = h[p], h[i]
                i = p
            else:
                break
    def pop(self):
        h = self._h
        if not h:
            raise IndexError("pop from empty PQ")
        top = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i = 0
            n = len(h)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                s = i
                if l < n and h[l] < h[s]:
                    s = l
                if r < n and h[r] < h[s]:
                    s = r
                if s == i:
                    break
                h[i], h[s] = h[s], h[i]
                i = s
        return top

q = PQ([Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "z")])
q += Task(0, "urgent")
print(len(q), bool(q), q)
print(Task(2, "b") in q, Task(9, "x") in q)
print(q[0], q[-1], q[1:3])
print(list(q))
print([t.name for t in q])
while q:
    print(q.pop(), len(q))
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    hash(Task(1, "a"))
except TypeError as e:
    print("TypeError:", e)
print(Task(1, "a") <= Task(1, "a"), Task(2, "a") > Task(1, "b"), Task(1, "a") >= Task(1, "b"))
nums = PQ([5, 3, 8, 1, 9, 2])
print(list(nums), sorted([5, 3, 8], reverse=True))
try:
    Task(1, "a") < 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    PQ([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted([Task(2, "x"), Task(1, "y")]), min(Task(2, "x"), Task(1, "y")))
