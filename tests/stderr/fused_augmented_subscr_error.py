# A TypeError raised by the operator of `items[k] += value` (fused instructions in mnpy) is
# reported at that statement, as CPython reports it.
def bump(items, k, value):
    items[k] += value
    return items


print(bump([1, 2], 0, 10))
print(bump(["a", 2], 0, 10))
