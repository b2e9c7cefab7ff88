# Integer loops: Collatz sequence lengths, digit sums of big powers, gcd by hand, integer square roots.
def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 10000), key=collatz_length)
print(best, collatz_length(best), [collatz_length(n) for n in range(1, 20)])
print(sum(int(d) for d in str(2 ** 1000)), sum(int(d) for d in str(3 ** 500)))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2 ** 64, 6 ** 30), gcd(0, 9), gcd(-12, 18))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([isqrt(n) for n in [0, 1, 2, 15, 16, 17, 10 ** 20, 2 ** 127]])
fib = [0, 1]
while len(str(fib[-1])) < 100:
    fib.append(fib[-1] + fib[-2])
print(len(fib) - 1, fib[-1] % 1000000007)
