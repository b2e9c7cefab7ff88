# Assignment: chained, augmented, unpacking with tuples/lists/stars, nested targets.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n **= 3; print(n)
n %= 7; print(n)
n /= 2; print(n)
m = 6
m <<= 2; print(m)
m >>= 1; print(m)
m |= 1; print(m)
m &= 0b1101; print(m)
m ^= 0xFF; print(m)
s = "ab"
s += "cd"
s *= 2
print(s)
p, q = 1, 2
p, q = q, p
print(p, q)
(r, s), t = (3, 4), 5
print(r, s, t)
[u, v] = "uv"
print(u, v)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = "hello"
print(head, middle, tail)
a, *b = (1,)
print(a, b)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
lst = [0, 0, 0]
lst[0], lst[2] = 7, 9
print(lst)
d = {}
d["k"] = d["j"] = 1
print(d)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
