d = {}
del d["k"]
