# A bytes literal nested in an expression is refused.
print('before')
print(len(b'\x00\x01' + b'\x02'))
