# import x, import x as y, from x import y, from x import y as z, imports inside functions.
import math
import math as m
from math import sqrt, pi as PI
from itertools import chain as concat
import sys, random
print(math.sqrt(16), m.sqrt(25), sqrt(36), PI, m is math, list(concat("ab", "c")))
print(type(math).__name__, math.__name__, m.__name__)
def uses_local_import():
    import functools
    from functools import reduce as fold
    return fold(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [1, 2])
print(uses_local_import())
import math
print(math.floor(2.7))
try:
    import module_that_does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import not_a_function
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'not_a_function' from 'math'"))
print(hasattr(math, "cos"), hasattr(math, "nope"), callable(getattr(math, "sin")))
print(sys.maxsize > 0, random.__name__)
