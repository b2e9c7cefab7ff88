# A match statement inside a function body is refused for the whole file.
def describe(value):
    match value:
        case 0:
            return 'zero'
        case int():
            return 'int'
        case _:
            return 'other'

print(describe(0))
