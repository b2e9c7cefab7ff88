x = [1]
print(x[1:2][5])
