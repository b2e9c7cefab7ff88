# min/max with key and default, sum with start, any/all short-circuiting.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max([1, 2], [1, 3]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len), max([-5, 3, -1], key=abs))
print(max([], default="empty"), min([], default=None), max([7], default=0), min((), key=len, default=-1))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min([(1, "b"), (1, "a")]), max(range(10), key=lambda x: -x))
print(max(1, 2.0), max(2.0, 2), min(2, 2.0), max("a", "B"))
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(1, 101)), sum([1.5, 2.5], start=1))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("x"), all(["a", ""]), any(x > 2 for x in range(4)))
def check(v):
    print("checked", v)
    return v
print(any(check(v) for v in [0, 1, 2]))
print(all(check(v) for v in [1, 0, 2]))
for call in [lambda: max([]), lambda: min([], key=len), lambda: max(), lambda: max(1, 2, default=0), lambda: sum(["a"]), lambda: sum([[1]])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
