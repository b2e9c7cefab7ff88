# Guards and class patterns inside match are refused with the statement.
point = (1, 2)
match point:
    case (x, y) if x == y:
        print('diagonal')
    case (x, y):
        print(x, y)
