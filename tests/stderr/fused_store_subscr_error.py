# An IndexError raised by `items[k] = value` of two locals (one fused instruction in mnpy) is
# reported at that assignment, as CPython reports it.
def put(items, k):
    value = k * 2
    items[k] = value
    return items


print(put([0, 0], 1))
print(put([0, 0], 5))
