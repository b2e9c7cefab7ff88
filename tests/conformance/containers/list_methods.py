# List methods: append, extend, insert, pop, remove, index, count, sort, reverse, copy, clear.
a = [5, 3, 8]
a.append(1); print(a)
a.extend([9, 0]); print(a)
a.extend(range(2)); print(a)
a.insert(0, "first"); print(a)
a.insert(100, "end"); print(a)
a.insert(-1, "before end"); print(a)
a.insert(-100, "start"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("first"); print(a)
print(a.index(8), a.index(0), a.index(0, 6), a.count(0), a.count(42))
a.remove("before end")
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=str.lower); print(words)
words.sort(key=len); print(words)
words.sort(key=lambda w: (-len(w), w)); print(words)
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, "a"].sort(), lambda: [1].insert()]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print([3, 1, 2].sort())
