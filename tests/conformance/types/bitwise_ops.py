# Bitwise operators on ints (including negatives) and shifts.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, 5), (255, 256)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 5 << 100 >> 100)
print(1024 >> 3, -1024 >> 3, -1 >> 10, -7 >> 1, 7 >> 1, 1 >> 100, -1 >> 100)
print(0b1010 & 0b0110, bin(0b1010 | 0b0110), hex(0xF0 ^ 0xFF))
print(True << 3, True & 1, False | 2)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
print((255).bit_length(), (256).bit_length(), (-1).bit_length(), (2 ** 100).bit_length())
print((255).bit_count() if hasattr(255, "bit_count") else "n/a", (-7).bit_count() if hasattr(7, "bit_count") else "n/a")
