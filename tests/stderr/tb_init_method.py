class P:
    def __init__(self, x):
        self.x = x + "a"
p = P(1)
