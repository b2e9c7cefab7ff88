# with statement: resources released in order, exceptions passed to __exit__, nested and multiple managers.
log = []
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False
with Resource("a") as a, Resource("b") as b:
    log.append(f"use {a.name}{b.name}")
print(log)
log.clear()
try:
    with Resource("x"):
        with Resource("y"):
            raise ValueError("inner failure")
except ValueError as e:
    log.append(f"handled {e}")
print(log)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)
with Suppress(KeyError, IndexError):
    [][1]
print("IndexError suppressed")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *exc):
        self.exited = True
with Timer() as t:
    pass
print(t.entered, t.exited)
with Resource("target") as r:
    pass
print(r.name)
def gen_in_with():
    with Resource("gen"):
        yield 1
        yield 2
log.clear()
print(list(gen_in_with()), log)
