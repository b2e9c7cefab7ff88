s = 'ú€À¯'
print(len(s))
