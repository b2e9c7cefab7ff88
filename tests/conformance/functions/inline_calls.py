# Calls of plain positional functions run inside the caller's dispatch loop (the direct call
# path): results, recursion depth and its limit, errors unwinding through such frames to a
# handler several calls down, and such calls mixed with generators, methods, lambdas and
# callbacks from builtins.
import sys


def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


print(count_down(900))
try:
    count_down(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(count_down(10))

# far deeper than any native stack would allow when each call nested the interpreter
sys.setrecursionlimit(60000)
print(count_down(50000))
sys.setrecursionlimit(1000)


def fail_at(n):
    if n == 0:
        raise ValueError("bottom reached")
    return fail_at(n - 1)


def catch_midway(n):
    try:
        return fail_at(n)
    except ValueError as e:
        return "caught " + str(e) + " after " + str(n)


print(catch_midway(25))


def swallow(n):
    # the handler runs in the frame that raised; its caller never sees the error
    try:
        if n == 3:
            raise KeyError(n)
        return swallow(n + 1)
    except KeyError as e:
        return ("handled", e.args[0], n)


print(swallow(0))


def finally_chain(n, log):
    try:
        if n == 0:
            return "done"
        return finally_chain(n - 1, log)
    finally:
        log.append(n)


log = []
print(finally_chain(4, log), log)


def squares(n):
    for i in range(n):
        yield count_down(i) ** 2


print(sum(squares(20)))


class Tree:
    def __init__(self, depth):
        self.depth = depth

    def size(self, d):
        if d == 0:
            return 1
        return 1 + self.size(d - 1) + self.size(d - 1)


print(Tree(3).size(8))
print(list(map(lambda x: count_down(x), [1, 2, 3])))
print(sorted([5, 1, 4], key=lambda x: -count_down(x)))


def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)


def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)


print(mutual_even(100), mutual_odd(77))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])


def rebinds_global():
    global fib
    old = fib
    fib = lambda n: -1
    r = old(5)
    fib = old
    return r


print(rebinds_global())


def unbound(n):
    if n > 0:
        return unbound(n - 1)
    return later


try:
    unbound(3)
except NameError as e:
    print("NameError:", e)


def wrong_arity(a, b):
    return a + b


def calls_wrongly():
    return wrong_arity(1)


try:
    calls_wrongly()
except TypeError as e:
    print("TypeError:", e)
print(count_down(3))
