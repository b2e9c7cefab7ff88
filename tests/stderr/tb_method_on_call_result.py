name = "abc"
print(name.upper().index("z"))
