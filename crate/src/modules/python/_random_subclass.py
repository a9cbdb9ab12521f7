"""`random.Random`'s methods for a subclass that overrides what they are
built on (`random()`, `getrandbits()`, `randrange()`…): each here calls
`self`'s own, as CPython's methods written in Python do, so that the
subclass's numbers flow through them. A `Random` or a subclass that only
adds methods keeps the built-in ones, which give the same numbers faster.
"""

from math import acos as _acos
from math import ceil as _ceil
from math import cos as _cos
from math import e as _e
from math import exp as _exp
from math import floor as _floor
from math import isfinite as _isfinite
from math import log as _log
from math import pi as _pi
from math import sin as _sin
from math import sqrt as _sqrt

_TWOPI = 2.0 * _pi
_LOG4 = _log(4.0)
_SG_MAGICCONST = 1.0 + _log(4.5)
_NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
# The bits of a float's mantissa: `random()` gives multiples of 2**-53.
_BPF = 53


def _randbelow(self, n):
    """A random int in range(n), from `getrandbits()` when the subclass
    defines it (or defines neither it nor `random()` after it), else from
    `random()`: whichever of the two its MRO names first."""
    from random import Random

    for c in type(self).__mro__:
        if c is Random:
            break
        found = c.__dict__
        if "_randbelow" in found:
            return found["_randbelow"](self, n)
        if "getrandbits" in found:
            break
        if "random" in found:
            return _randbelow_from_random(self, n)
    k = n.bit_length()
    r = self.getrandbits(k)
    while r >= n:
        r = self.getrandbits(k)
    return r


def _randbelow_from_random(self, n):
    limit_max = 1 << _BPF
    if n >= limit_max:
        return _floor(self.random() * n)
    if n == 0:
        raise ValueError("Boundary cannot be zero")
    # Values past the last whole multiple of n would favour the low ones.
    spare = limit_max % n
    limit = (limit_max - spare) / limit_max
    r = self.random()
    while r >= limit:
        r = self.random()
    return _floor(r * limit_max) % n


def _index(value, which):
    try:
        return value.__index__()
    except AttributeError:
        whole = int(value)
        if whole != value:
            raise ValueError("non-integer " + which + " for randrange()")
        return whole


def randrange(self, start, stop=None, step=1):
    first = _index(start, "arg 1")
    if stop is None:
        if step != 1:
            raise TypeError("Missing a non-None stop argument")
        if first > 0:
            return _randbelow(self, first)
        raise ValueError("empty range for randrange()")
    last = _index(stop, "stop")
    width = last - first
    stride = _index(step, "step")
    if stride == 1:
        if width > 0:
            return first + _randbelow(self, width)
        raise ValueError(f"empty range for randrange() ({first}, {last}, {width})")
    if stride > 0:
        count = (width + stride - 1) // stride
    elif stride < 0:
        count = (width + stride + 1) // stride
    else:
        raise ValueError("zero step for randrange()")
    if count <= 0:
        raise ValueError("empty range for randrange()")
    return first + stride * _randbelow(self, count)


def randint(self, a, b):
    return self.randrange(a, b + 1)


def choice(self, seq):
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[_randbelow(self, len(seq))]


def shuffle(self, x):
    # Fisher-Yates from the end: each place takes one of those before it.
    for i in range(len(x) - 1, 0, -1):
        j = _randbelow(self, i + 1)
        x[i], x[j] = x[j], x[i]


def sample(self, population, k, *, counts=None):
    from collections.abc import Sequence
    from bisect import bisect

    if not isinstance(population, Sequence):
        raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    n = len(population)
    if counts is not None:
        cumulative = []
        running = 0
        for c in counts:
            running += c
            cumulative.append(running)
        if len(cumulative) != n:
            raise ValueError("The number of counts does not match the population")
        total = cumulative.pop()
        if not isinstance(total, int):
            raise TypeError("Counts must be integers")
        if total <= 0:
            raise ValueError("Total of counts must be greater than zero")
        chosen = self.sample(range(total), k=k)
        return [population[bisect(cumulative, s)] for s in chosen]
    if not 0 <= k <= n:
        raise ValueError("Sample larger than population or is negative")
    result = [None] * k
    # A small population is drawn from a shrinking pool; a large one by
    # drawing indexes until each is new.
    pool_limit = 21
    if k > 5:
        pool_limit += 4 ** _ceil(_log(k * 3, 4))
    if n <= pool_limit:
        pool = list(population)
        for i in range(k):
            j = _randbelow(self, n - i)
            result[i] = pool[j]
            pool[j] = pool[n - i - 1]
    else:
        taken = set()
        for i in range(k):
            j = _randbelow(self, n)
            while j in taken:
                j = _randbelow(self, n)
            taken.add(j)
            result[i] = population[j]
    return result


def choices(self, population, weights=None, *, cum_weights=None, k=1):
    from bisect import bisect

    n = len(population)
    if cum_weights is None:
        if weights is None:
            size = n + 0.0
            return [population[_floor(self.random() * size)] for _ in range(k)]
        try:
            cum_weights = []
            running = 0
            for w in weights:
                running += w
                cum_weights.append(running)
        except TypeError:
            if not isinstance(weights, int):
                raise
            k = weights
            raise TypeError(f"The number of choices must be a keyword argument: k={k}") from None
    elif weights is not None:
        raise TypeError("Cannot specify both weights and cumulative weights")
    if len(cum_weights) != n:
        raise ValueError("The number of weights does not match the population")
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError("Total of weights must be greater than zero")
    if not _isfinite(total):
        raise ValueError("Total of weights must be finite")
    hi = n - 1
    return [population[bisect(cum_weights, self.random() * total, 0, hi)] for _ in range(k)]


def uniform(self, a, b):
    return a + (b - a) * self.random()


def triangular(self, low=0.0, high=1.0, mode=None):
    u = self.random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * _sqrt(u * c)


def normalvariate(self, mu=0.0, sigma=1.0):
    # Kinderman and Monahan's ratio of uniforms.
    while True:
        u1 = self.random()
        u2 = 1.0 - self.random()
        z = _NV_MAGICCONST * (u1 - 0.5) / u2
        if z * z / 4.0 <= -_log(u2):
            break
    return mu + z * sigma


def gauss(self, mu=0.0, sigma=1.0):
    # Box-Muller: each pair of draws gives two values; the second waits
    # in `gauss_next` for the next call.
    z = getattr(self, "gauss_next", None)
    self.gauss_next = None
    if z is None:
        angle = self.random() * _TWOPI
        radius = _sqrt(-2.0 * _log(1.0 - self.random()))
        z = _cos(angle) * radius
        self.gauss_next = _sin(angle) * radius
    return mu + z * sigma


def lognormvariate(self, mu, sigma):
    return _exp(self.normalvariate(mu, sigma))


def expovariate(self, lambd):
    return -_log(1.0 - self.random()) / lambd


def vonmisesvariate(self, mu, kappa):
    if kappa <= 1e-6:
        return _TWOPI * self.random()
    s = 0.5 / kappa
    r = s + _sqrt(1.0 + s * s)
    while True:
        z = _cos(_pi * self.random())
        d = z / (r + z)
        u = self.random()
        if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    if self.random() > 0.5:
        return (mu + _acos(f)) % _TWOPI
    return (mu - _acos(f)) % _TWOPI


def gammavariate(self, alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError("gammavariate: alpha and beta must be > 0.0")
    if alpha > 1.0:
        # Cheng's rejection method.
        ainv = _sqrt(2.0 * alpha - 1.0)
        bbb = alpha - _LOG4
        ccc = alpha + ainv
        while True:
            u1 = self.random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - self.random()
            v = _log(u1 / (1.0 - u1)) / ainv
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x * beta
    if alpha == 1.0:
        return -_log(1.0 - self.random()) * beta
    # Ahrens and Dieter's method for alpha below 1.
    while True:
        b = (_e + alpha) / _e
        p = b * self.random()
        if p <= 1.0:
            x = p ** (1.0 / alpha)
        else:
            x = -_log((b - p) / alpha)
        u = self.random()
        if p > 1.0:
            if u <= x ** (alpha - 1.0):
                break
        elif u <= _exp(-x):
            break
    return x * beta


def betavariate(self, alpha, beta):
    y = self.gammavariate(alpha, 1.0)
    if y:
        return y / (y + self.gammavariate(beta, 1.0))
    return 0.0


def paretovariate(self, alpha):
    u = 1.0 - self.random()
    return u ** (-1.0 / alpha)


def weibullvariate(self, alpha, beta):
    u = 1.0 - self.random()
    return alpha * (-_log(u)) ** (1.0 / beta)


def randbytes(self, n):
    return self.getrandbits(n * 8).to_bytes(n, "little")
