x = None
x.a = 1
