import random

r = random.Random(42)
print([r.random() for _ in range(3)])
print([r.randint(1, 100) for _ in range(5)])
print(r.choice("abcdef"), r.sample(range(50), 5), r.uniform(1, 2))
xs = list(range(10))
r.shuffle(xs)
print(xs)
print(r.randrange(0, 100, 7), r.getrandbits(40), r.gauss(0, 1), r.choices("xyz", k=5))
print(r.choices([1, 2, 3], weights=[5, 1, 1], k=6))
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random())
r.seed("hello")
print(r.random())
r.seed(b"bytes")
print(r.random())
r2 = random.Random()
r2.seed(7)
print(r2.randint(0, 10**30), r2.expovariate(2.0), r2.triangular(0, 10, 3))
print(r2.betavariate(2, 3), r2.normalvariate(5, 2), r2.lognormvariate(0, 1))
print(r2.vonmisesvariate(1, 2), r2.gammavariate(2, 3), r2.paretovariate(3), r2.weibullvariate(1, 2))
print(r2.randbytes(6))


class Dice(random.Random):
    def roll(self, n=1):
        return [self.randint(1, 6) for _ in range(n)]


d = Dice(3)
print(d.roll(6), isinstance(d, random.Random), type(d).__name__)
print(d.random(), d.choice([10, 20, 30]))


class Fixed(random.Random):
    def __init__(self, values):
        super().__init__(0)
        self.values = list(values)
        self.i = 0

    def random(self):
        v = self.values[self.i % len(self.values)]
        self.i += 1
        return v


f = Fixed([0.1, 0.5, 0.9])
print(f.random(), f.random(), f.random())
print(f.uniform(0, 10), f.choices("abc", k=3), f.i)
print(f.randint(1, 6), f.choice("xyz"), f.i)
ys = list(range(5))
f.shuffle(ys)
print(ys, f.i)
print(f.sample(range(10), 3), f.i)
print(f.expovariate(1.0), f.triangular(), f.i)


class Counting(random.Random):
    calls = 0

    def random(self):
        Counting.calls += 1
        return super().random()


c = Counting(5)
print(c.random(), c.randrange(10), c.gauss(0, 1), Counting.calls)


class Seeded(random.Random):
    def __init__(self, seed=None, label="x"):
        self.label = label
        super().__init__(seed)

    def seed(self, a=None, version=2):
        print("seeding with", a)
        super().seed(a, version)


s = Seeded(9, label="y")
print(s.label, s.random())
s.seed(9)
print(s.random())
random.seed(1)
print(random.random(), random.randint(1, 10))
print(random.Random(42).random() == random.Random(42).random())


class Bits(random.Random):
    def getrandbits(self, k):
        self.asked = getattr(self, "asked", 0) + 1
        return super().getrandbits(k)


b = Bits(11)
print(b.randrange(1000), b.choice("abcdefg"), b.asked, b.random())
print(b.sample(range(100), 4), b.randbytes(3), b.asked)


class Stepper(random.Random):
    def randrange(self, start, stop=None, step=1):
        return start


st = Stepper(1)
print(st.randint(4, 9), st.choice([7, 8, 9]))

for bad in (lambda: f.choice([]), lambda: f.randrange(0), lambda: f.randrange(5, 2), lambda: f.sample([1, 2], 3)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(f.sample(["a", "b", "c"], 2, counts=[1, 2, 3]), f.choices(range(4), weights=[1, 2, 3, 4], k=4))
print(f.gammavariate(0.5, 1.0), f.gammavariate(2.0, 1.0), f.betavariate(2, 2), f.vonmisesvariate(0, 3))
print(f.normalvariate(), f.gauss(), f.gauss(), f.paretovariate(2), f.weibullvariate(1, 2), f.lognormvariate(0, 1))
print(issubclass(Dice, random.Random), Dice.__mro__[0])
