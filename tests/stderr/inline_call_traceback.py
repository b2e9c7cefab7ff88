# An error raised several plain calls deep: each frame adds its traceback entry with carets.
def leaf(x):
    return 10 // x


def middle(x):
    return leaf(x - 1) + 1


def top(x):
    value = middle(x)
    return value


top(1)
