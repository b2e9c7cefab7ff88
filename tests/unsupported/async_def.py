# mnpy refuses coroutine functions.
print('never printed: the whole file is rejected before running')

async def fetch(n):
    return n * 2
