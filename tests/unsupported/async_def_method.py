# mnpy refuses coroutine methods inside classes too.
class Client:
    def __init__(self):
        self.calls = 0

    async def get(self, url):
        self.calls += 1
        return url

print(Client().calls)
