"""fractions: Fraction, exact rational numbers, as CPython 3.11's.

A Fraction is kept in lowest terms with a positive denominator. Mixed
with an int or a Fraction its arithmetic is exact; with a float the result
is a float, with a complex a complex. Not covered: Decimal (the page has
none) and the numbers ABCs (the page has no numbers module).
"""

import math

__all__ = ["Fraction"]

# The modulus of CPython's numeric hashes on 64-bit machines, so that a
# Fraction hashes as the equal int or float does.
_HASH_MODULUS = 2**61 - 1
_HASH_INF = 314159


def _parse(text):
    # [sign] digits [/ digits] or [sign] digits [. digits] [e [sign] digits],
    # digits with single underscores between them, blanks around; or None.
    s = text.strip()
    sign = 1
    if s[:1] in "+-":
        if s[0] == "-":
            sign = -1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        if not (_digits(num) and _digits(den)):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for e in "eE":
        if e in s:
            mantissa, _, power = s.partition(e)
            p = power[1:] if power[:1] in "+-" else power
            if not _digits(p):
                return None
            exp = int(power)
            break
    whole, dot, frac = mantissa.partition(".")
    if not (_digits(whole) or (not whole and dot)) or (frac and not _digits(frac)) \
            or not (whole or frac):
        return None
    num = int(whole or "0") * 10 ** len(frac.replace("_", "")) + int(frac or "0")
    den = 10 ** len(frac.replace("_", ""))
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


def _digits(s):
    # ASCII or Unicode decimal digits, with single underscores between them.
    return bool(s) and all(part.isdecimal() for part in s.split("_"))


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
                if denominator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
            elif hasattr(numerator, "numerator") and hasattr(numerator, "denominator") \
                    and not isinstance(numerator, (complex, bool)):
                numerator, denominator = numerator.numerator, numerator.denominator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, int) and isinstance(denominator, int):
            numerator, denominator = int(numerator), int(denominator)
        elif isinstance(numerator, Fraction) and isinstance(denominator, (int, Fraction)) \
                or isinstance(numerator, int) and isinstance(denominator, Fraction):
            a, b = Fraction(numerator), Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                        % (cls.__name__, dec, type(dec).__name__))

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with a denominator at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # The continued fraction's convergents p/q, until the next one's
        # denominator is too large; then the best of the last convergent
        # and the semiconvergent before it.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        last = Fraction(p1, q1)
        if abs(last - self) <= abs(semi - self):
            return last
        return semi

    def __repr__(self):
        return "%s(%d, %d)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%d/%d" % (self._numerator, self._denominator)

    # Arithmetic: exact with ints and Fractions, float with floats, complex
    # with complex numbers; anything else is the other operand's to try.
    def _operands(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return _new(int(other), 1)
        return None

    def __add__(a, b):
        f = a._operands(b)
        if f is not None:
            return _make(a._numerator * f._denominator + f._numerator * a._denominator,
                         a._denominator * f._denominator)
        if isinstance(b, (float, complex)):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        f = b._operands(a)
        if f is not None:
            return f + b
        if isinstance(a, (float, complex)):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        f = a._operands(b)
        if f is not None:
            return _make(a._numerator * f._denominator - f._numerator * a._denominator,
                         a._denominator * f._denominator)
        if isinstance(b, (float, complex)):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        f = b._operands(a)
        if f is not None:
            return f - b
        if isinstance(a, (float, complex)):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        f = a._operands(b)
        if f is not None:
            return _make(a._numerator * f._numerator, a._denominator * f._denominator)
        if isinstance(b, (float, complex)):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        f = b._operands(a)
        if f is not None:
            return f * b
        if isinstance(a, (float, complex)):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        f = a._operands(b)
        if f is not None:
            if f._numerator == 0:
                # CPython reduces before it divides: only the sign is left.
                raise ZeroDivisionError("Fraction(%d, 0)" % ((a._numerator > 0) - (a._numerator < 0)))
            return _make(a._numerator * f._denominator, a._denominator * f._numerator)
        if isinstance(b, (float, complex)):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        f = b._operands(a)
        if f is not None:
            return f / b
        if isinstance(a, (float, complex)):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        f = a._operands(b)
        if f is not None:
            return (a._numerator * f._denominator) // (a._denominator * f._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        f = b._operands(a)
        if f is not None:
            return f // b
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        f = a._operands(b)
        if f is not None:
            den = a._denominator * f._denominator
            return _make((a._numerator * f._denominator) % (f._numerator * a._denominator), den)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        f = b._operands(a)
        if f is not None:
            return f % b
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        f = a._operands(b)
        if f is not None:
            den = a._denominator * f._denominator
            q, r = divmod(a._numerator * f._denominator, f._numerator * a._denominator)
            return q, _make(r, den)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        f = b._operands(a)
        if f is not None:
            return divmod(f, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        # An integral power is exact; any other is a float's (or complex).
        if isinstance(b, Fraction) and b._denominator == 1:
            b = b._numerator
        if isinstance(b, int):
            if b >= 0:
                return _new(a._numerator ** b, a._denominator ** b)
            if a._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -b))
            num, den = a._denominator ** -b, a._numerator ** -b
            if den < 0:
                num, den = -num, -den
            return _new(num, den)
        if isinstance(b, (float, complex, Fraction)):
            return float(a) ** (float(b) if isinstance(b, Fraction) else b)
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, (int, Fraction)):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _new(a._numerator, a._denominator)

    def __neg__(a):
        return _new(-a._numerator, a._denominator)

    def __abs__(a):
        return _new(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        # int / int is correctly rounded, however large the two are.
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        # Half to even, as round() of a float.
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            if 2 * r > self._denominator or (2 * r == self._denominator and q % 2):
                q += 1
            return q
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # The hash of the number, whatever its type: numerator times the
        # inverse of the denominator modulo the hash modulus.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        h = h if self._numerator >= 0 else -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, float):
            if b != b or b in (math.inf, -math.inf):
                return False
            return a == Fraction(b)
        if isinstance(b, complex):
            return b.imag == 0 and a == b.real
        return NotImplemented

    def _compare(a, b, op):
        # op on the two cross-multiplied numerators; a float that is a NaN
        # or an infinity compares as itself with 0.
        if isinstance(b, int):
            return op(a._numerator, b * a._denominator)
        if isinstance(b, Fraction):
            return op(a._numerator * b._denominator, b._numerator * a._denominator)
        if isinstance(b, float):
            if b != b or b in (math.inf, -math.inf):
                return op(0.0, b)
            return a._compare(Fraction(b), op)
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, _lt)

    def __gt__(a, b):
        return a._compare(b, _gt)

    def __le__(a, b):
        return a._compare(b, _le)

    def __ge__(a, b):
        return a._compare(b, _ge)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y


def _new(num, den):
    # A Fraction already in lowest terms.
    self = object.__new__(Fraction)
    self._numerator = num
    self._denominator = den
    return self


def _make(num, den):
    # num/den in lowest terms; den != 0.
    g = math.gcd(num, den)
    if den < 0:
        g = -g
    return _new(num // g, den // g)
