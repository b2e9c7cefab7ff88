# 'await' inside a lambda is refused.
run = lambda task: await task
print(run)
