print('allocating')
x = [0] * (10 ** 20)
print(len(x))
