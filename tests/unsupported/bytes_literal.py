# bytes literals are refused.
data = b'abc'
print(len(data))
