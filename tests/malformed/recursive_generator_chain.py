def gen(n):
    yield from gen(n + 1)
print(list(gen(0)))
