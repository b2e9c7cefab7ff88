# Seeded Monte Carlo estimate of pi and a random walk: tight float loops driven by random.random().
import random
random.seed(7)
inside = 0
trials = 20000
for _ in range(trials):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / trials)
random.seed(99)
position = 0
positions = []
for step in range(1000):
    position += 1 if random.random() < 0.5 else -1
    positions.append(position)
print(position, max(positions), min(positions), positions[:10])
random.seed(1)
samples = [random.uniform(0, 10) for _ in range(5)]
print(samples, sum(samples) / len(samples))
