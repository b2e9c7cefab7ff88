# Generators are closed when the last reference to them goes away (their finally blocks and
# with exits run then), and by close(): GeneratorExit at the suspended yield.
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)


for x in g("for-break"):
    print("got", x)
    break
print("after break")


def use_partially():
    it = g("local")
    print(next(it))
    print("leaving")


use_partially()
print("after function")

it = g("explicit close")
print(next(it))
it.close()
print("after close")
it.close()


def catches():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise


c = catches()
next(c)
c.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


class Res:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False


def with_gen():
    with Res():
        yield "a"
        yield "b"


for v in with_gen():
    print(v)
    break
print("end")


def outer():
    try:
        yield from g("inner")
    finally:
        print("outer cleanup")


for v in outer():
    print("outer got", v)
    break
print("done")
unstarted = g("never started")
del unstarted
print("fin")
