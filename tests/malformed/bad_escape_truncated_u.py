s = '\u12'
print(s)
