def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(p + n, []).append(p)
        n += 1

def take(n, it):
    return [x for _, x in zip(range(n), it)]

print(take(15, primes()))

def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, f in enumerate(flags) if f]

ps = sieve(100)
print(len(ps), ps[-5:])
twins = [(a, b) for a, b in zip(ps, ps[1:]) if b - a == 2]
print(twins)
gen = primes()
print(next(gen), next(gen), next(gen))
print(gen.__name__, type(gen).__name__)
gaps = {}
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(dict(sorted(gaps.items())))
print(sum(ps), max(ps, key=lambda p: str(p)[::-1]))
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in (12, 97, 360, 1001, 2**10 - 1):
    print(n, "=", " * ".join(map(str, factorize(n))))
