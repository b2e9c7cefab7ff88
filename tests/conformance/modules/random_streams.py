import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(100), random.randrange(10, 20), random.randrange(0, 100, 7), random.randrange(-5, 5))
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(1000)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.uniform(1, 2), random.uniform(-10, 10))
print(random.gauss(0, 1), random.gauss(100, 15))
random.seed(12345)
print([round(random.random(), 6) for _ in range(5)])
random.seed("hello")
print(random.random())
random.seed(2 ** 80)
print(random.random(), random.randint(0, 2 ** 70))
random.seed(0)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(0, 5)] += 1
print(counts)
random.seed(7)
words = "alpha beta gamma delta epsilon zeta eta theta".split()
random.shuffle(words)
print(words, random.choice(words))
print(random.sample(range(100), 5) if hasattr(random, "sample") else [])
random.seed(1)
s1 = [random.random() for _ in range(3)]
random.seed(1)
s2 = [random.random() for _ in range(3)]
print(s1 == s2)
random.seed(3)
print([random.randrange(1000000000000) for _ in range(3)], random.getrandbits(40) if hasattr(random, "getrandbits") else 0)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
random.seed(-5)
print(random.random())
random.seed(99)
print(sum(random.gauss(0, 1) for _ in range(1000)) / 1000)
