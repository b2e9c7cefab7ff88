d = {}
print(d["key"] )
