# range objects: repr, len, indexing, slicing, membership, reversed, equality, errors.
print(range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(5, 0)), list(range(-3, 3)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[3], 7 in r, 8 in r, r.index(11), r.count(15), r.start, r.stop, r.step)
print(r[1:3], r[::-1], list(r[::-2]), list(reversed(r)), range(0) == range(5, 5), range(0, 3) == range(3))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), len(range(0, -10, -3)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
for bad in [lambda: len(range(10 ** 20)), lambda: range(1, 5, 0), lambda: range(3)[5], lambda: range(1.5), lambda: range(3).index(7)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)), list(range(0, 1, 5)), range(1, 2, 1))
