def d(f):
    return 1/0
@d
def f(): pass
