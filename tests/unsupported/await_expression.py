# 'await' is refused wherever it appears (here inside a plain function).
def step(task):
    return await task

print('never printed')
