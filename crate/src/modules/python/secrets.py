"""secrets: random tokens and choices as CPython 3.11's secrets module:
token_bytes, token_hex, token_urlsafe, choice, randbelow, randbits,
compare_digest and SystemRandom.

The page has no operating-system randomness: these come from a random
generator seeded at start-up, so they are fine for games and identifiers
but must not guard anything that matters.
"""

import base64
import random

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex",
           "token_urlsafe", "compare_digest"]

DEFAULT_ENTROPY = 32


class SystemRandom:
    """A random generator of its own (not the operating system's here), with
    random.Random's methods. (A wrapper: this interpreter's random.Random
    cannot be subclassed.)"""

    def __init__(self, x=None):
        self._random = random.Random()

    def __getattr__(self, name):
        return getattr(self._random, name)


_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand.randrange(exclusive_upper_bound)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return bytes(_sysrand.getrandbits(8) for _ in range(nbytes))


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")


def compare_digest(a, b):
    """Whether a == b, for two str (ASCII) or two bytes-like objects."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode("ascii"), b.encode("ascii")
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    a, b = bytes(a), bytes(b)
    # Every byte compared, whatever the first difference.
    result = len(a) ^ len(b)
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
