# random with a fixed seed: the Mersenne Twister streams must match CPython exactly.
import random
random.seed(12345)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 50, 5) for _ in range(5)], random.randrange(-10, 10))
print([random.uniform(-1, 1) for _ in range(3)], random.uniform(5, 5))
print([random.choice("abcdef") for _ in range(8)], random.choice([10, 20, 30]), random.choice(range(100)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print([random.gauss(0, 1) for _ in range(4)], random.gauss(100, 15))
print(random.randint(0, 2 ** 70), random.randrange(2 ** 64), random.random())
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(42)
print(random.randint(1, 100), random.choice(["x", "y", "z"]), random.random())
random.seed(2 ** 100)
print(random.random(), random.randint(-5, 5))
random.seed(-7)
print(random.random())
random.seed(3)
letters = list("abcdefghij")
random.shuffle(letters)
print(letters)
for call in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.choice([]), lambda: random.randrange(1, 10, 0)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
