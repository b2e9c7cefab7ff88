# bool and None: values, arithmetic, conversions, identity.
print(True, False, None, repr(True), str(None), repr(None))
print(type(True).__name__, type(None).__name__, isinstance(True, int), issubclass(bool, int))
print(True == 1, False == 0, True is True, None is None, None == 0, None == False)
print(True + True, True - False, True * 7, True / 2, -True, ~True, ~False, True // 1)
print(True & False, True | False, True ^ True, True and 3, False or None)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool(None), bool([]), bool([[]]))
print(bool(), int(True), float(False), str(True), str(False) + "!")
print(sum([True, True, False]), max(False, True), sorted([True, False, True]))
print(hash(True), hash(False), hash(None) == hash(None))
print([True, None, False], {None: True}, (None,))
print(f"{True}", f"{None}", f"{True:d}", f"{False:>6}", "%s %d" % (True, True))
print(True is not False, not None, None is not None)
d = {1: "int one", True: "bool true"}
print(d, len(d))
def returns_nothing():
    return
print(returns_nothing(), returns_nothing() is None)
print(bool.__name__, int(True) + int(True))
