# A coroutine function nested inside a normal function is refused as well.
def outer():
    async def inner():
        return 1
    return inner

print(outer.__name__)
