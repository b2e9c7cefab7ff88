s = '\U00110000'
print(s)
