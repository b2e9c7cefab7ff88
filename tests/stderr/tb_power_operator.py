x = 1
z = x**"a"
