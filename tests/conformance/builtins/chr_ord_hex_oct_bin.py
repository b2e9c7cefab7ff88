# chr, ord, hex, oct, bin on a range of values including negatives and big ints.
print(chr(65), chr(97), chr(48), chr(32) == " ", chr(10) == "\n", chr(0x263A), ord("A"), ord("\n"), ord("é"), ord("😀"))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 32, -(2 ** 64), 10 ** 20]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(255), 16), int(oct(8), 8), int(bin(5), 2), int(hex(-255), 0))
for bad in [lambda: hex(1.5), lambda: bin("1"), lambda: oct(None), lambda: chr(1.5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
