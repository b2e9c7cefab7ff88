# Ends with an uncaught IndexError from reading past the end of a list.
data = [10, 20, 30]
for i in range(5):
    print(i, data[i])
