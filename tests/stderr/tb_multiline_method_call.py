class P:
    def f(self, a,
          b):
        return a[b]
P().f([1],
      5)
