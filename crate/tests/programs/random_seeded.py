import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 10), random.gauss(0, 1), random.randrange(0, 100, 5))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("hello world", 3), random.choices("abc", k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
print(random.getrandbits(64), random.normalvariate(10, 2), random.triangular(0, 10, 3), random.betavariate(2, 3), random.expovariate(1.5), random.lognormvariate(0, 1), random.vonmisesvariate(0, 1), random.gammavariate(2, 2), random.paretovariate(3), random.weibullvariate(1, 2))
rng = random.Random(7)
print([rng.randint(1, 6) for _ in range(10)])
state = rng.getstate()
a = rng.random()
rng.setstate(state)
print(a == rng.random())
random.seed("text seed")
print(random.random())
random.seed(12345)
print([random.randint(-5, 5) for _ in range(8)], random.randbytes(4).hex())
random.seed(0)
print(random.sample([10, 20, 30], k=3), random.sample(range(10**9), 3))
random.seed(1)
words = ["apple", "banana", "cherry", "date"]
random.shuffle(words)
print(words, random.choice(words), round(random.uniform(-1, 1), 6))
random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(1000)]
print([rolls.count(i) for i in range(1, 7)])
print(random.randrange(10), random.randrange(5, 10), random.random() < 0.5, [random.choice([True, False]) for _ in range(5)])
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
random.seed(99)
print(random.gauss(100, 15), random.gauss(100, 15), random.gauss(100, 15))
random.seed(3.5)
print(random.random())
random.seed(2**80)
print(random.random())
random.seed(-7)
print(random.random())
