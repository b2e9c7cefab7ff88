while x < 3 # c
    x += 1
