# Ends with an uncaught NameError from a misspelled name inside a function.
def compute(total):
    print("computing with", total)
    return undeclared_quantity * 2
print(compute.__name__)
compute(21)
