# random.seed with each kind CPython takes: str, bytes, bytearray, float, int.
import random
for seed in ("hello", b"bytes", 3.5, -7, 2**70, bytearray(b"ba"), 0.1, -2.5):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100))
r = random.Random(42); print(r.random(), r.choice([1, 2, 3]))
random.seed(1); l = list(range(10)); random.shuffle(l); print(l, random.uniform(1, 2), random.randrange(0, 100, 5))
