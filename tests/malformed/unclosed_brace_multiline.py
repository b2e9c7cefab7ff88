config = {
    'a': 1,
    'b': [1, 2,
}
print(config)
