# A TypeError raised by `items[k] = value` with all three locals (one fused instruction in
# mnpy) is reported at that assignment, as CPython reports it.
def put(items, k):
    value = k * 2
    items[k] = value
    return items


print(put([0, 0], 1))
print(put((0, 0), 1))
