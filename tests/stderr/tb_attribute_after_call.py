x = [1]
y = x.pop().foo
