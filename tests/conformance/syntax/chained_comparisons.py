# Chained comparisons evaluate middle operands once.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 4 > 3 > 2 > 2)
print(1 == 1 == 1, 1 == 1 != 2, 1 <= 1 < 2 >= 2)
print(0 < x <= 5 == x)

def mid():
    print("mid evaluated")
    return 5

print(0 < mid() < 10)
print(10 < mid() < 20)
print(1 > 2 < mid())

a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a is a)
print(None is None, 1 in [1, 2] in [[1, 2]])
print("a" < "b" < "c", "abc" < "abd", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), (2,) > (1, 9, 9))
print(1 < 1.5 < 2, 2 == 2.0, 0.1 + 0.2 == 0.3)
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < None)
except TypeError as e:
    print(type(e).__name__, e)
