class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val!r}, {self.children!r})" if self.children else f"Node({self.val!r})"
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
t = Node(1, [Node(2, [Node(4)]), Node(3)])
print(t, list(t), t.depth(), sum(t), sorted(t, reverse=True))
class Graph:
    def __init__(self):
        self.adj = {}
    def add(self, a, b):
        self.adj.setdefault(a, []).append(b)
        self.adj.setdefault(b, []).append(a)
    def bfs(self, start):
        seen, order, queue = {start}, [], [start]
        while queue:
            n = queue.pop(0)
            order.append(n)
            for m in sorted(self.adj[n]):
                if m not in seen:
                    seen.add(m)
                    queue.append(m)
        return order
    def dfs(self, n, seen=None):
        seen = set() if seen is None else seen
        seen.add(n)
        out = [n]
        for m in sorted(self.adj[n]):
            if m not in seen:
                out += self.dfs(m, seen)
        return out
g = Graph()
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]:
    g.add(a, b)
print(g.bfs("a"), g.dfs("a"), g.bfs("f"), sorted(g.adj.items()))
def memo_paths(grid):
    rows, cols = len(grid), len(grid[0])
    cache = {}
    def go(r, c):
        if r >= rows or c >= cols or grid[r][c] == "#":
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        if (r, c) not in cache:
            cache[r, c] = go(r + 1, c) + go(r, c + 1)
        return cache[r, c]
    return go(0, 0)
print(memo_paths(["....", ".#..", "...#", "#..."]), memo_paths(["." * 12] * 12))
inventory = [("apple", 1.25, 10), ("pear", 0.5, 0), ("fig", 3.0, 7)]
report = "\n".join(f"{n:<6}{p:>6.2f}{q:>4}{'*' if q == 0 else ''}" for n, p, q in inventory)
print(report)
print(f"{'TOTAL':<6}{sum(p * q for _, p, q in inventory):>10.2f}")
scores = {"ann": [90, 85, 77], "bob": [60, 75], "cy": []}
for name, s in sorted(scores.items()):
    avg = sum(s) / len(s) if s else float("nan")
    print(f"{name:>4}: n={len(s)} avg={avg:.1f} max={max(s, default='-')} grade={'A' if avg >= 85 else 'B' if avg >= 70 else 'C' if avg == avg else '?'}")
words = "one two three two three three".split()
from functools import reduce
counts = reduce(lambda acc, w: {**acc, w: acc.get(w, 0) + 1}, words, {})
print(counts, sorted(counts, key=lambda w: (-counts[w], w)), {v: k for k, v in counts.items()})
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(r) for r in matrix], [[r[i] for r in matrix] for i in range(3)])
print(*[f"{i}:{c}" for i, c in enumerate("hey")], sep=" | ")
