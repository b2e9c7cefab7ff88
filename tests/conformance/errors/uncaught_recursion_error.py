# Ends with an uncaught RecursionError from unbounded recursion.
def descend(n):
    return descend(n + 1) + 1
print("starting")
descend(0)
