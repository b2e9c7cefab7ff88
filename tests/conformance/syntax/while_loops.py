# while loops with else, break, continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while finished normally")

j = 0
while True:
    j += 1
    if j > 3:
        break
print("j =", j)

k = 10
while k > 0:
    if k == 7:
        print("breaking at", k)
        break
    k -= 1
else:
    print("not printed")

n = 0
while n < 0:
    print("never")
else:
    print("else runs even if the body never does")

total = 0
a, b = 0, 1
while a < 1000:
    total += a
    a, b = b, a + b
print("fib sum", total)

outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner)
        inner += 1
    outer += 1
