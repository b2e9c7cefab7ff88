try:
    {}["a"]
except KeyError:
    x = None + 1
