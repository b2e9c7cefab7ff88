i = 0
while [1, 2][i] < 5:
    i += 1
