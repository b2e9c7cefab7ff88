# bench: category=python quick=50000 full=600000
# String building: f-strings, str() of ints, += concatenation, join, split,
# slicing, replace, upper and per-character ord() in a rolling hash.
# Usage: string_build.py N.  Prints the text length and its hash.
import sys
import time

MODULUS = 1000000007


def make_record(i):
    name = "item" + str(i % 1000)
    return f"{name}={i * 7 % 1013};"


def build_text(n):
    parts = []
    for i in range(n):
        parts.append(make_record(i))
    return "".join(parts)


def rolling_hash(text, h):
    for ch in text:
        h = (h * 131 + ord(ch)) % MODULUS
    return h


def run(n):
    text = build_text(n)
    fields = text.split(";")
    h = 0
    line = ""
    lines = 0
    for field in fields:
        if len(field) == 0:
            continue
        key = field[: field.index("=")]
        line += key.upper().replace("ITEM", "I") + ","
        if len(line) > 60:
            h = rolling_hash(line, h)
            line = ""
            lines += 1
    h = rolling_hash(line, h)
    return len(text), lines, h


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    length, lines, h = run(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {length} {lines} {h}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
