# An IndexError raised by `x = items[k]` of locals (one fused instruction in mnpy) is reported
# at that subscript, as CPython reports it.
def take(items, k):
    x = items[k]
    return x


print(take([4, 5], 1))
print(take([4, 5], 7))
