import random

random.seed(42)
print(random.randint(1, 6), random.random(), random.choice("abcdef"), random.uniform(1, 2))
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", *map(str, range(2, 11)), "J", "Q", "K"]]
random.shuffle(deck)
print(deck[:5], len(deck))
print(random.sample(range(100), 5), random.choices("xyz", weights=[5, 1, 1], k=8))
print(random.randrange(0, 100, 5), random.getrandbits(16), round(random.gauss(0, 1), 6))

def roll_dice(n, sides=6, rng=random):
    return [rng.randint(1, sides) for _ in range(n)]

rng = random.Random(2024)
counts = [0] * 13
for _ in range(1000):
    a, b = roll_dice(2, rng=rng)
    counts[a + b] += 1
for total in range(2, 13):
    print(f"{total:>2} {'#' * (counts[total] // 10)} {counts[total]}")

class Walker:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.x = self.y = 0
        self.path = [(0, 0)]
    def step(self):
        dx, dy = self.rng.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
        self.x += dx
        self.y += dy
        self.path.append((self.x, self.y))
w = Walker(7)
for _ in range(50):
    w.step()
print(w.x, w.y, len(set(w.path)), max(abs(x) + abs(y) for x, y in w.path))
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
print(deck.choose())
