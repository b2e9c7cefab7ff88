print('allocating')
s = 'ab' * (2 ** 63)
print(len(s))
