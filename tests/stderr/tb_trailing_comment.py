x = 1/0   # comment   
