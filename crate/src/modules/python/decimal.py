"""decimal: Decimal, exact decimal numbers with a context's precision and
rounding, as CPython 3.11's.

A finite Decimal is a sign, an int coefficient and an int exponent (its value
is (-1)**sign * coefficient * 10**exponent); an infinity or NaN is marked by
its exponent ('F', 'n' for NaN, 'N' for signalling NaN) as as_tuple shows.
Construction is exact; arithmetic results are rounded to the context's
precision with its rounding mode. Not covered: powers with a non-integral
exponent (NotImplementedError), subnormal results and
clamping near Emin, and one context per thread (the context is shared).
"""

import math
from collections import namedtuple

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
    "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
    "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow",
    "Underflow", "FloatOperation", "DivisionImpossible", "InvalidContext",
    "ConversionSyntax", "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP",
    "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP",
    "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext", "getcontext",
    "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY",
    "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

# CPython's numeric hash: a Decimal hashes as the equal int, float or Fraction.
_HASH_MODULUS = 2**61 - 1
_HASH_INF = 314159


# The signals. An exception's argument is the list of the conditions raised,
# as the C implementation shows them: [<class 'decimal.DivisionByZero'>].
class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


# CPython's also derives from ZeroDivisionError, so that `except
# ZeroDivisionError` catches Decimal(1) / 0.
class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


# CPython's also derives from TypeError; this interpreter does not yet allow
# that mix of built-in exception bases.
class FloatOperation(DecimalException):
    pass


# The signals a context keeps a flag and a trap for, in the order its repr
# lists them (a condition such as ConversionSyntax sets its signal's flag).
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
            Overflow, Rounded, Subnormal, Underflow]
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


class Context:
    """The precision, rounding, exponent limits and signals' flags and traps
    that arithmetic follows."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = _signal_dict(flags, None)
        if traps is None and base is not None:
            self.traps = dict(base.traps)
        else:
            self.traps = _signal_dict(traps, [InvalidOperation, DivisionByZero, Overflow])

    def __setattr__(self, name, value):
        # Checked as CPython checks them, so that a mistake shows at once.
        if name == "prec":
            _check_int(name, value, 1, MAX_PREC)
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                                "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                                "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name == "Emin":
            _check_int(name, value, MIN_EMIN, 0)
        elif name == "Emax":
            _check_int(name, value, 0, MAX_EMAX)
        elif name in ("capitals", "clamp"):
            _check_int(name, value, 0, 1)
        elif name not in ("flags", "traps"):
            raise AttributeError("'decimal.Context' object has no attribute '" + name + "'")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = ", ".join(s.__name__ for s in _SIGNALS if self.flags[s])
        traps = ", ".join(s.__name__ for s in _SIGNALS if self.traps[s])
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                            self.capitals, self.clamp, flags, traps))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, value="0"):
        d = Decimal(value)
        if d._exp in ("n", "N") and len(str(d._int)) > self.prec - self.clamp:
            return self._signal(ConversionSyntax)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _signal(self, condition, result=None):
        """Notes `condition`: raises it if its signal is trapped, else sets
        its flag and returns `result` (a NaN for an invalid operation)."""
        signal = _SIGNAL_OF.get(condition, condition)
        self.flags[signal] = True
        if self.traps[signal]:
            raise signal([condition])
        if result is None and signal is InvalidOperation:
            return _NAN
        return result

    # The arithmetic operations as context methods.
    def abs(self, a):
        return _dec(a).__abs__(self)

    def add(self, a, b):
        return _dec(a)._add(_dec(b), self)

    def subtract(self, a, b):
        return _dec(a)._sub(_dec(b), self)

    def multiply(self, a, b):
        return _dec(a)._mul(_dec(b), self)

    def divide(self, a, b):
        return _dec(a)._div(_dec(b), self)

    def divide_int(self, a, b):
        return _dec(a)._divmod(_dec(b), self, "q")[0]

    def remainder(self, a, b):
        return _dec(a)._divmod(_dec(b), self, "r")[1]

    def divmod(self, a, b):
        return _dec(a)._divmod(_dec(b), self)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            raise NotImplementedError("decimal: three-argument pow() is not supported here")
        return _dec(a)._pow(_dec(b), self)

    def plus(self, a):
        return _dec(a).__pos__(self)

    def minus(self, a):
        return _dec(a).__neg__(self)

    def sqrt(self, a):
        return _dec(a).sqrt(self)

    def quantize(self, a, b):
        return _dec(a).quantize(b, context=self)

    def compare(self, a, b):
        return _dec(a).compare(b, self)

    def max(self, a, b):
        return _dec(a).max(b, self)

    def min(self, a, b):
        return _dec(a).min(b, self)

    def normalize(self, a):
        return _dec(a).normalize(self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _dec(a).__str__()

    def to_eng_string(self, a):
        return _dec(a).to_eng_string()

    def is_zero(self, a):
        return _dec(a).is_zero()


def _check_int(name, value, low, high):
    if not isinstance(value, int):
        raise TypeError("'" + name + "' must be an integer")
    if not low <= value <= high:
        raise ValueError("valid range for " + name + " is [" + str(low) + ", " + str(high) + "]")


def _signal_dict(given, on):
    # A context's flags or traps: every signal to a bool, from a dict or a list.
    if isinstance(given, dict):
        return {s: bool(given.get(s, False)) for s in _SIGNALS}
    chosen = given if given is not None else (on or [])
    return {s: s in chosen for s in _SIGNALS}


def _dec(value):
    # A context method's operand: an int or a Decimal.
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    raise TypeError("conversion from " + type(value).__name__ + " to Decimal is not supported")


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                          traps=[])

# The current context (one for the program: threads share it here).
_current = DefaultContext.copy()


def getcontext():
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _LocalContext:
    """What localcontext returns: sets a copy of the context for the block."""

    def __init__(self, ctx, attrs):
        self._ctx = ctx.copy()
        for name, value in attrs.items():
            if name not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp",
                            "flags", "traps"):
                raise TypeError("'" + name + "' is an invalid keyword argument for this function")
            setattr(self._ctx, name, value)

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._ctx)
        return self._ctx

    def __exit__(self, *exc):
        setcontext(self._saved)
        return False


def localcontext(ctx=None, **kwargs):
    return _LocalContext(ctx if ctx is not None else getcontext(), kwargs)


def _digits(n):
    return len(str(n))


def _round_off(sign, coeff, drop, rounding):
    """`coeff` with its last `drop` (>= 1) digits removed, rounded as
    `rounding` says for a number of that sign; and whether it was inexact."""
    q, r = divmod(coeff, 10**drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        up = q % 5 == 0
    return q + 1 if up else q, True


class Decimal:
    """A decimal number, exact as made; arithmetic rounds to the context."""

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._set(value._sign, value._int, value._exp)
        elif isinstance(value, int):
            self._set(1 if value < 0 else 0, abs(value), 0)
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                return ctx._signal(ConversionSyntax)
            self._set(*parsed)
        elif isinstance(value, float):
            ctx = context if context is not None else getcontext()
            if ctx.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            ctx.flags[FloatOperation] = True
            self._set(*_from_float(value))
        elif isinstance(value, (tuple, list)):
            self._set(*_from_tuple(value))
        else:
            raise TypeError("conversion from " + type(value).__name__ + " to Decimal is not supported")
        return self

    def _set(self, sign, coeff, exp):
        self._sign = sign
        self._int = coeff
        self._exp = exp
        self._special = isinstance(exp, str)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        d = object.__new__(cls)
        d._set(*_from_float(f))
        return d

    # -- Inspection -------------------------------------------------------

    def as_tuple(self):
        if self._special:
            digits = (0,) if self._exp == "F" else tuple(
                int(c) for c in str(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10**self._exp, 1
        g = math.gcd(n, 10**-self._exp)
        return n // g, 10**-self._exp // g

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def is_nan(self):
        return self._exp in ("n", "N")

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_infinite(self):
        return self._exp == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        ctx = context if context is not None else getcontext()
        return not self._special and self._int != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context if context is not None else getcontext()
        return not self._special and self._int != 0 and self.adjusted() < ctx.Emin

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def number_class(self, context=None):
        if self._exp == "N":
            return "sNaN"
        if self._exp == "n":
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._exp == "F":
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        return sign + ("Normal" if self.is_normal(context) else "Subnormal")

    def radix(self):
        return Decimal(10)

    def copy_abs(self):
        return _make(0, self._int, self._exp)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        return _make(_convert_strict(other)._sign, self._int, self._exp)

    # -- Text ---------------------------------------------------------------

    def __repr__(self):
        return "Decimal('" + str(self) + "')"

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special:
            if self._exp == "F":
                return sign + "Infinity"
            payload = str(self._int) if self._int else ""
            return sign + ("NaN" if self._exp == "n" else "sNaN") + payload
        digits = str(self._int)
        left = self._exp + len(digits)  # digits before the point, in plain notation
        if self._exp <= 0 and left > -6:
            point = left
        elif not eng:
            point = 1
        elif self._int == 0:
            # An engineering zero: the exponent a multiple of three, the
            # point placed to keep the number's exponent.
            point = (left + 1) % 3 - 1
        else:
            point = (left - 1) % 3 + 1
        if point <= 0:
            text = "0." + "0" * -point + digits
        elif point >= len(digits):
            text = digits + "0" * (point - len(digits))
        else:
            text = digits[:point] + "." + digits[point:]
        if left != point:
            ctx = context if context is not None else getcontext()
            text += ("E" if ctx.capitals else "e") + "%+d" % (left - point)
        return sign + text

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __format__(self, spec):
        return _format(self, spec)

    # -- Conversions --------------------------------------------------------

    def __bool__(self):
        return self._special or self._int != 0

    def _check_integral_ok(self, what):
        if self._exp in ("n", "N"):
            raise ValueError("cannot convert NaN to " + what)
        if self._exp == "F":
            raise OverflowError("cannot convert Infinity to " + what)

    def __int__(self):
        self._check_integral_ok("integer")
        if self._exp >= 0:
            n = self._int * 10**self._exp
        else:
            n = self._int // 10**-self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._exp == "N":
            raise ValueError("cannot convert signaling NaN to float")
        if self._exp == "n":
            return float("-nan" if self._sign else "nan")
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        self._check_integral_ok("integer")
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        self._check_integral_ok("integer")
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._exp in ("n", "N"):
                raise ValueError("cannot convert NaN to integer")
            if self._exp == "F":
                raise OverflowError("cannot round an infinity")
            return int(self._rescale(0, ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_make(0, 1, -n))

    def __hash__(self):
        if self._special:
            if self._exp == "N":
                raise TypeError("Cannot hash a signaling NaN value.")
            if self._exp == "n":
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._int * pow(pow(10, -self._exp, _HASH_MODULUS), -1, _HASH_MODULUS) \
                % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- Rounding -----------------------------------------------------------

    def _fix(self, ctx):
        """This number rounded to the context's precision, signalling
        Rounded and Inexact when it loses digits and Overflow past Emax."""
        if self._special:
            if self._exp == "N":
                return ctx._signal(InvalidOperation)
            return self
        coeff, exp = self._int, self._exp
        extra = _digits(coeff) - ctx.prec
        result = self
        if extra > 0:
            coeff, inexact = _round_off(self._sign, coeff, extra, ctx.rounding)
            exp += extra
            if _digits(coeff) > ctx.prec:  # 999.. rounded up to 1000..
                coeff //= 10
                exp += 1
            result = _make(self._sign, coeff, exp)
            ctx._signal(Rounded)
            if inexact:
                ctx._signal(Inexact)
        if coeff and exp + _digits(coeff) - 1 > ctx.Emax:
            ctx._signal(Inexact)
            ctx._signal(Rounded)
            return ctx._signal(Overflow, self._overflow_result(ctx))
        return result

    def _overflow_result(self, ctx):
        # Infinity, or the largest finite number where rounding goes toward zero.
        toward_zero = ctx.rounding in (ROUND_DOWN, ROUND_05UP) or \
            (ctx.rounding == ROUND_CEILING and self._sign) or \
            (ctx.rounding == ROUND_FLOOR and not self._sign)
        if toward_zero:
            return _make(self._sign, 10**ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        return _make(self._sign, 0, "F")

    def _rescale(self, exp, rounding):
        """This finite number with exponent `exp`, rounded as `rounding`
        says if that drops digits (however many it then has)."""
        if exp <= self._exp:
            return _make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        coeff, _ = _round_off(self._sign, self._int, exp - self._exp, rounding)
        return _make(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        exp = _convert_strict(exp)
        rounding = rounding if rounding is not None else ctx.rounding
        if self._special or exp._special:
            nan = _nan_result(self, exp, ctx)
            if nan is not None:
                return nan
            if self._exp == "F" and exp._exp == "F":
                return self
            return ctx._signal(InvalidOperation)
        result = self._rescale(exp._exp, rounding)
        if _digits(result._int) > ctx.prec or (
                result._int and result.adjusted() > ctx.Emax):
            return ctx._signal(InvalidOperation)
        if result._int != self._int * 10 ** max(0, self._exp - exp._exp) \
                and exp._exp > self._exp:
            inexact = result._int * 10 ** (exp._exp - self._exp) != self._int
            ctx._signal(Rounded)
            if inexact:
                ctx._signal(Inexact)
        return result

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._special or other._special:
            return (self._exp in ("n", "N") and other._exp in ("n", "N")) or \
                (self._exp == "F" and other._exp == "F")
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(self, None, ctx)
            return nan if nan is not None else self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding if rounding is not None else ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        result = self.to_integral_value(rounding, ctx)
        if not self._special and self._exp < 0:
            ctx._signal(Rounded)
            if result != self:
                ctx._signal(Inexact)
        return result

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(self, None, ctx)
            return nan if nan is not None else self
        d = self._fix(ctx)
        if d._special:
            return d
        if d._int == 0:
            return _make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0 and exp < ctx.Emax - ctx.prec + 1:
            coeff //= 10
            exp += 1
        return _make(d._sign, coeff, exp)

    def scaleb(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert_strict(other)
        if self._special:
            return self
        if other._special or other._exp != 0:
            return ctx._signal(InvalidOperation)
        n = -other._int if other._sign else other._int
        return _make(self._sign, self._int, self._exp + n)._fix(ctx)

    # -- Comparison ---------------------------------------------------------

    def _compare_to(self, other, ordering):
        """-1, 0 or 1 as self is below, equal to or above `other`, or None
        where one is a NaN (an ordering with a NaN is an invalid operation)."""
        if self.is_nan() or other.is_nan():
            if ordering or self._exp == "N" or other._exp == "N":
                getcontext()._signal(InvalidOperation)
            return None
        return _cmp(self, other)

    def _other(self, other):
        # The other operand of a comparison as a Decimal, or None.
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            ctx.flags[FloatOperation] = True
            return Decimal.from_float(other)
        return None

    def __eq__(self, other):
        o = self._other(other)
        if o is None:
            if isinstance(other, complex) and other.imag == 0:
                return self == other.real
            return NotImplemented
        return self._compare_to(o, False) == 0

    def _order(self, other, test):
        o = self._other(other)
        if o is None:
            return NotImplemented
        if isinstance(other, float) and getcontext().traps[FloatOperation]:
            raise FloatOperation([FloatOperation])
        c = self._compare_to(o, True)
        return False if c is None else test(c)

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert_strict(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        return Decimal(_cmp(self, other))

    def compare_total(self, other, context=None):
        other = _convert_strict(other)
        if self._special or other._special:
            raise NotImplementedError("decimal: compare_total of a NaN or infinity")
        c = _cmp(self, other)
        if c == 0:
            c = (self._exp > other._exp) - (self._exp < other._exp)
            if self._sign:
                c = -c
        return Decimal(c)

    def max(self, other, context=None):
        return self._pick(other, context, 1)

    def min(self, other, context=None):
        return self._pick(other, context, -1)

    def _pick(self, other, context, want):
        ctx = context if context is not None else getcontext()
        other = _convert_strict(other)
        # A quiet NaN is ignored in favour of a number.
        if self._exp == "n" and not other.is_nan():
            return other._fix(ctx)
        if other._exp == "n" and not self.is_nan():
            return self._fix(ctx)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        c = _cmp(self, other)
        if c == 0:
            c = int(self.compare_total(other))
        return (self if c == want else other)._fix(ctx)

    def max_mag(self, other, context=None):
        other = _convert_strict(other)
        return self.max(other, context) if _cmp(self.copy_abs(), other.copy_abs()) == 0 else (
            self if _cmp(self.copy_abs(), other.copy_abs()) > 0 else other)

    def min_mag(self, other, context=None):
        other = _convert_strict(other)
        return self.min(other, context) if _cmp(self.copy_abs(), other.copy_abs()) == 0 else (
            self if _cmp(self.copy_abs(), other.copy_abs()) < 0 else other)

    # -- Arithmetic ---------------------------------------------------------

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        nan = _nan_result(self, None, ctx)
        if nan is not None:
            return nan
        sign = self._sign
        if not self._special and self._int == 0 and ctx.rounding != ROUND_FLOOR:
            sign = 0
        return _make(sign, self._int, self._exp)._fix(ctx)

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        nan = _nan_result(self, None, ctx)
        if nan is not None:
            return nan
        sign = 1 - self._sign
        if not self._special and self._int == 0 and ctx.rounding != ROUND_FLOOR:
            sign = 0
        return _make(sign, self._int, self._exp)._fix(ctx)

    def __abs__(self, context=None):
        ctx = context if context is not None else getcontext()
        nan = _nan_result(self, None, ctx)
        if nan is not None:
            return nan
        return _make(0, self._int, self._exp)._fix(ctx)

    def _add(self, other, ctx):
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if self._exp == "F" or other._exp == "F":
            if self._exp == "F" and other._exp == "F" and self._sign != other._sign:
                return ctx._signal(InvalidOperation)
            return self if self._exp == "F" else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            # The sum of opposites is +0, or -0 when rounding toward -Infinity;
            # of two -0s, -0.
            if self._sign == other._sign:
                sign = self._sign
            else:
                sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return _make(sign, 0, exp)._fix(ctx)
        return _make(1 if total < 0 else 0, abs(total), exp)._fix(ctx)

    def _sub(self, other, ctx):
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        return self._add(other.copy_negate(), ctx)

    def _mul(self, other, ctx):
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._exp == "F" or other._exp == "F":
            if self.is_zero() or other.is_zero():
                return ctx._signal(InvalidOperation)
            return _make(sign, 0, "F")
        return _make(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

    def _div(self, other, ctx):
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._exp == "F" or other._exp == "F":
            if self._exp == "F" and other._exp == "F":
                return ctx._signal(InvalidOperation)
            if self._exp == "F":
                return _make(sign, 0, "F")
            return _make(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                return ctx._signal(DivisionUndefined)
            return ctx._signal(DivisionByZero, _make(sign, 0, "F"))
        ideal = self._exp - other._exp
        if self._int == 0:
            return _make(sign, 0, ideal)._fix(ctx)
        # A quotient of prec + 1 digits or more, exact or truncated; a
        # truncated one made to end in a digit other than 0 or 5, so that
        # rounding it to prec digits rounds as the exact quotient would.
        shift = _digits(other._int) - _digits(self._int) + ctx.prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10**shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10**-shift)
        if r:
            if q % 5 == 0:
                q += 1
        else:
            # Exact: as few digits as reach the ideal exponent.
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _make(sign, q, exp)._fix(ctx)

    def _divmod(self, other, ctx, want="both"):
        """(self // other, self % other): the quotient truncated toward zero
        and the remainder with the sign of self."""
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._exp == "F":
            if other._exp == "F":
                bad = ctx._signal(InvalidOperation)
                return bad, bad
            if want == "q":
                return _make(sign, 0, "F"), None
            return _make(sign, 0, "F"), ctx._signal(InvalidOperation)
        if other._exp == "F":
            return _make(sign, 0, 0), self._fix(ctx)
        if other._int == 0:
            if self._int == 0:
                bad = ctx._signal(DivisionUndefined)
                return bad, bad
            if want == "q":
                return ctx._signal(DivisionByZero, _make(sign, 0, "F")), None
            if want == "r":
                return None, ctx._signal(InvalidOperation)
            if ctx.traps[InvalidOperation]:
                raise InvalidOperation([InvalidOperation, DivisionByZero])
            ctx.flags[DivisionByZero] = True
            return _make(sign, 0, "F"), ctx._signal(InvalidOperation)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec:
            bad = ctx._signal(DivisionImpossible)
            return bad, bad
        return _make(sign, q, 0), _make(self._sign, r, exp)._fix(ctx)

    def remainder_near(self, other, context=None):
        """self - n * other, n the integer nearest self / other (the even
        one of two as near)."""
        ctx = context if context is not None else getcontext()
        other = _convert_strict(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if self._exp == "F" or (not other._special and other._int == 0):
            if self._int == 0 and not self._special:
                return ctx._signal(DivisionUndefined)
            return ctx._signal(InvalidOperation)
        if other._exp == "F":
            return self._fix(ctx)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        sign = self._sign
        if 2 * r > b or (2 * r == b and q & 1):
            q, r, sign = q + 1, b - r, 1 - sign
        if _digits(q) > ctx.prec:
            return ctx._signal(DivisionImpossible)
        return _make(sign if r else self._sign, r, exp)._fix(ctx)

    def _pow(self, other, ctx):
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if other._special or other._exp < 0 and other._int % 10 ** -other._exp:
            if not other._special and self._sign and self._int:
                return ctx._signal(InvalidOperation)
            raise NotImplementedError(
                "decimal: a power with a non-integral or infinite exponent is not supported here")
        n = int(other)
        if self._exp == "F":
            sign = self._sign if n % 2 else 0
            if n == 0:
                return Decimal(1)
            return _make(sign, 0, "F") if n > 0 else _make(sign, 0, 0)
        sign = self._sign if n % 2 else 0
        if self._int == 0:
            if n == 0:
                return ctx._signal(InvalidOperation)
            if n > 0:
                return _make(sign, 0, 0)
            return _make(sign, 0, "F")
        if n == 0:
            return _make(0, 1, 0)
        if n > 0:
            return _make(sign, self._int**n, self._exp * n)._fix(ctx)
        # 1 / self**-n, rounded once.
        return _make(sign, 1, 0)._div(_make(0, self._int**-n, self._exp * -n), ctx)

    def sqrt(self, context=None):
        ctx = context if context is not None else getcontext()
        nan = _nan_result(self, None, ctx)
        if nan is not None:
            return nan
        if self._int == 0 and not self._special:
            return _make(self._sign, 0, self._exp // 2)
        if self._sign:
            return ctx._signal(InvalidOperation)
        if self._special:
            return self
        ideal = self._exp // 2
        # Scale the coefficient to at least 2 * (prec + 1) digits and an even
        # exponent, so that its integer root has prec + 1 digits or more.
        shift = max(0, 2 * (ctx.prec + 1) - _digits(self._int))
        if (self._exp - shift) % 2:
            shift += 1
        n = self._int * 10**shift
        exp = (self._exp - shift) // 2
        root = math.isqrt(n)
        if root * root != n:
            if root % 5 == 0:
                root += 1
        else:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        saved = ctx.rounding
        ctx.rounding = ROUND_HALF_EVEN
        try:
            return _make(0, root, exp)._fix(ctx)
        finally:
            ctx.rounding = saved

    def fma(self, other, third, context=None):
        ctx = context if context is not None else getcontext()
        exact = _EXACT.copy()
        exact.traps = ctx.traps
        product = self._mul(_convert_strict(other), exact)
        return product._add(_convert_strict(third), ctx)

    def exp(self, context=None):
        """e to the power of this number, correctly rounded (half even)."""
        ctx = context if context is not None else getcontext()
        nan = _nan_result(self, None, ctx)
        if nan is not None:
            return nan
        if self._special:
            return _make(0, 0, 0) if self._sign else self
        if self._int == 0:
            return _make(0, 1, 0)
        adj = self.adjusted()
        if adj > 7:
            # |x| >= 10**8: far past the largest or smallest exponent.
            if self._sign:
                raise NotImplementedError("decimal: Decimal.exp of a result below Emin "
                                          "(subnormal) is not supported here")
            return _make(0, 1, ctx.Emax + 1)._fix(ctx)
        if adj < -(ctx.prec + 3):
            # e**x is 1 + x + ...: 1 rounded to the precision, inexact.
            return _transcendental_result(ctx, lambda w: _tiny_exp(w, ctx.prec))
        return _transcendental_result(ctx, lambda w: _exp_approx(self, w))

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (half even)."""
        return self._log(context, "ln")

    def log10(self, context=None):
        """The base 10 logarithm, correctly rounded (half even); exact for
        a power of ten."""
        return self._log(context, "log10")

    def _log(self, context, which):
        ctx = context if context is not None else getcontext()
        nan = _nan_result(self, None, ctx)
        if nan is not None:
            return nan
        if self._int == 0 and not self._special:
            return _make(1, 0, "F")
        if self._sign:
            return ctx._signal(InvalidOperation)
        if self._special:
            return self
        coeff, exp = self._int, self._exp
        if which == "ln" and coeff == 10 ** (_digits(coeff) - 1) and exp == 1 - _digits(coeff):
            return _make(0, 0, 0)
        if which == "log10" and str(coeff).rstrip("0") == "1":
            power = exp + _digits(coeff) - 1
            return _make(1 if power < 0 else 0, abs(power), 0)._fix(ctx)
        return _transcendental_result(ctx, lambda w: _log_approx(self, w, which))

    def logb(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special or self._int == 0:
            raise NotImplementedError("decimal: logb of zero, NaN or infinity")
        return Decimal(self.adjusted())._fix(ctx)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __add__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else self._add(o, getcontext())

    def __radd__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else o._add(self, getcontext())

    def __sub__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else self._sub(o, getcontext())

    def __rsub__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else o._sub(self, getcontext())

    def __mul__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else self._mul(o, getcontext())

    def __rmul__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else o._mul(self, getcontext())

    def __truediv__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else self._div(o, getcontext())

    def __rtruediv__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else o._div(self, getcontext())

    def __floordiv__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else self._divmod(o, getcontext(), "q")[0]

    def __rfloordiv__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else o._divmod(self, getcontext(), "q")[0]

    def __mod__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else self._divmod(o, getcontext(), "r")[1]

    def __rmod__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else o._divmod(self, getcontext(), "r")[1]

    def __divmod__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else self._divmod(o, getcontext())

    def __rdivmod__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else o._divmod(self, getcontext())

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            raise NotImplementedError("decimal: three-argument pow() is not supported here")
        o = _operand(other)
        return o if o is NotImplemented else self._pow(o, getcontext())

    def __rpow__(self, other):
        o = _operand(other)
        return o if o is NotImplemented else o._pow(self, getcontext())



# ---- exp, ln and log10 ----
#
# Each is computed in fixed point (an int that is the value times 10**w)
# with a bound on its error, then rounded half even to the precision when
# the whole interval the value may lie in rounds to one number; else again
# with more digits (Ziv's way). Their values are never halfway between two
# numbers of the precision (but for the exact cases, taken first), so this
# ends, and the result is the correctly rounded one, as CPython's.


def _transcendental_result(ctx, approx):
    prec = ctx.prec
    guard = 12
    while True:
        # approx(w) -> (sign, value, error, scale): the result lies within
        # (value +- error) * 10**-scale, value having about `w` digits.
        sign, value, error, scale = approx(prec + guard)
        if value > error:
            low = _round_half_even(value - error, -scale, prec)
            high = _round_half_even(value + error, -scale, prec)
            if low == high:
                break
        guard *= 2
        if guard > 4 * prec + 400:
            raise NotImplementedError("decimal: this result could not be rounded "
                                      "correctly here")
    # A number strictly inside the interval, with digits past the precision
    # (so the rounding below is inexact): rounds as the interval does.
    coeff = (value - error) * 10 + 1
    saved = ctx.rounding
    ctx.rounding = ROUND_HALF_EVEN
    try:
        result = _make(sign, coeff, -scale - 1)._fix(ctx)
    finally:
        ctx.rounding = saved
    if not result._special and result._int and result.adjusted() < ctx.Emin:
        raise NotImplementedError("decimal: a result below Emin (subnormal) is not "
                                  "supported here")
    return result


def _round_half_even(coeff, exp, prec):
    drop = _digits(coeff) - prec
    if drop <= 0:
        return coeff, exp
    coeff, _ = _round_off(0, coeff, drop, ROUND_HALF_EVEN)
    exp += drop
    if _digits(coeff) > prec:
        coeff //= 10
        exp += 1
    return coeff, exp


def _atanh_inverse(n, one):
    """atanh(1/n) * one, and the bound on its error (in units of one)."""
    total = 0
    term = one // n
    k = 1
    n2 = n * n
    while term:
        total += term // k
        term //= n2
        k += 2
    return total, k


def _ln2_ln10(w):
    """ln(2) and ln(10) times 10**w, each within 10 units."""
    one = 10 ** (w + 3)
    a3, _ = _atanh_inverse(3, one)
    a9, _ = _atanh_inverse(9, one)
    ln2 = 2 * a3
    ln10 = 3 * ln2 + 2 * a9
    return ln2 // 1000, ln10 // 1000


def _exp_fixed(r, w):
    """e**(r / 10**w) * 10**w for |r| <= 1.2 * 10**w, and its error bound."""
    one = 10 ** w
    squarings = 11
    negative = r < 0
    r = abs(r) // 2 ** squarings
    # Terms by magnitude (a floor division of a negative term never ends at 0).
    total = one
    term = one
    n = 1
    while term:
        term = term * r // (one * n)
        total += -term if negative and n % 2 else term
        n += 1
    error = 2 * n + 4
    for _ in range(squarings):
        total = total * total // one
        error = 2 * error + 1
    # Each squaring doubles the relative error; the value is below 4 * one.
    return total, 4 * error


def _exp_approx(x, w):
    # e**x = 10**k * e**r, r = x - k*ln(10) of at most about 1.15.
    sign = x._sign
    coeff, exp = x._int, x._exp
    estimate = float(_make(sign, coeff, exp)) / 2.302585092994046
    k = int(round(estimate))
    extra = len(str(abs(k))) + 2
    work = w + extra
    _, ln10 = _ln2_ln10(work + extra)
    # x * 10**work, truncated (within one unit).
    if exp + work >= 0:
        xfixed = coeff * 10 ** (exp + work)
    else:
        xfixed = coeff // 10 ** (-(exp + work))
    if sign:
        xfixed = -xfixed
    r = xfixed - (k * ln10) // 10 ** extra
    # r within 2 + |k| * 10 / 10**extra units: within 3.
    value, error = _exp_fixed(r, work)
    error += 12  # r's error, times e**r < 4
    return 0, value, error, work - k


def _tiny_exp(w, prec):
    # e**x is within 2|x| of 1, and |x| < 10**-(prec + 2) here.
    return 0, 10 ** w, 2 * 10 ** (w - prec - 2), w


def _ln_fixed(x, w):
    """ln(x) * 10**w for a finite x > 0, and its error bound."""
    coeff, exp = x._int, x._exp
    digits = _digits(coeff)
    t = exp + digits - 1  # x = m * 10**t, 1 <= m < 10
    one = 10 ** w
    m = coeff * one // 10 ** (digits - 1)  # m * one, within one unit
    # m = 2**j * m2 with 0.75 <= m2 < 1.5.
    j = 0
    while m >= 3 * one // 2:
        m = m // 2
        j += 1
    # ln(m2) = 2 atanh(z), z = (m2 - 1) / (m2 + 1), |z| <= 0.2.
    z = abs(m - one) * one // (m + one)
    z2 = z * z // one
    total = 0
    term = z
    k = 1
    while term:
        total += term // k
        term = term * z2 // one
        k += 2
    if m < one:
        total = -total
    ln2, ln10 = _ln2_ln10(w)
    value = 2 * total + j * ln2 + t * ln10
    error = 2 * k + 10 * (abs(j) + abs(t)) + 2 ** j + 20
    return value, error


def _log_approx(x, w, which):
    # The result's leading digits are found first: near 1 it is x - 1,
    # small; so many more digits are asked.
    coeff, exp = x._int, x._exp
    lead = 2
    if exp < 0:
        diff = abs(coeff - 10 ** -exp)  # (x - 1) * 10**-exp
        if diff:
            lead += max(0, -(_digits(diff) - 1 + exp))
    work = w + lead
    value, error = _ln_fixed(x, work)
    if which == "log10":
        _, ln10 = _ln2_ln10(work + 5)
        value = value * 10 ** (work + 5) // ln10
        error = error + 2
    sign = 1 if value < 0 else 0
    return sign, abs(value), error, work



def _make(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._set(sign, coeff, exp)
    return d


_NAN = _make(0, 0, "n")

# A context that never rounds: for a product that fma adds before rounding.
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])


def _operand(value):
    # The other operand of arithmetic: a Decimal or an int, else NotImplemented
    # (so that Python tries the other operand's method, then says the types).
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    return NotImplemented


def _convert_strict(value):
    # An operand of a Decimal method: an int or a Decimal.
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    raise TypeError("conversion from " + type(value).__name__ + " to Decimal is not supported")


def _nan_result(a, b, ctx):
    """The result of an operation on a NaN, or None if neither is one: a
    signalling NaN is an invalid operation, a quiet one propagates."""
    for d in (a, b):
        if d is not None and d._exp == "N":
            return ctx._signal(InvalidOperation, _make(d._sign, d._int, "n"))
    for d in (a, b):
        if d is not None and d._exp == "n":
            return d
    return None


def _cmp(a, b):
    # -1, 0 or 1: two Decimals that are not NaNs.
    if a._exp == "F" or b._exp == "F":
        av = 0 if a._exp != "F" else (-1 if a._sign else 1)
        bv = 0 if b._exp != "F" else (-1 if b._sign else 1)
        if av == bv:
            return 0
        if av or bv:
            if av and bv:
                return (av > bv) - (av < bv)
            return av if av else -bv
    if a._int == 0 and b._int == 0:
        return 0
    if a._int == 0:
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    # Same sign: compare magnitudes, by adjusted exponent first (cheap).
    aa, ba = a.adjusted(), b.adjusted()
    if aa != ba:
        c = 1 if aa > ba else -1
    else:
        exp = min(a._exp, b._exp)
        x = a._int * 10 ** (a._exp - exp)
        y = b._int * 10 ** (b._exp - exp)
        c = (x > y) - (x < y)
    return -c if a._sign else c


def _parse(text):
    """(sign, coefficient, exponent) of a numeric string, or None."""
    # CPython's ignores underscores wherever they are.
    s = text.strip().replace("_", "")
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, "F"
    for prefix, mark in (("snan", "N"), ("nan", "n")):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload == "":
                return sign, 0, mark
            if payload.isdecimal():
                return sign, int(payload), mark
            return None
    mantissa, exp = s, 0
    for e in "eE":
        if e in s:
            mantissa, _, power = s.partition(e)
            digits = power[1:] if power[:1] in "+-" else power
            if not digits.isdecimal():
                return None
            exp = int(power)
            break
    whole, _, frac = mantissa.partition(".")
    if not (whole or frac) or (whole and not whole.isdecimal()) or \
            (frac and not frac.isdecimal()):
        return None
    return sign, int(whole + frac), exp - len(frac)


def _from_float(f):
    if f != f:
        return (1 if math.copysign(1.0, f) < 0 else 0), 0, "n"
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    if f in (float("inf"), float("-inf")):
        return sign, 0, "F"
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1  # d is 2**k: n / 2**k is n * 5**k / 10**k
    return sign, n * 5**k, -k


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp == "F":
        return sign, 0, "F"
    coeff = 0
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coeff = coeff * 10 + d
    if exp in ("n", "N"):
        return sign, coeff, exp
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return sign, coeff, exp


# -- format() --------------------------------------------------------------

def _parse_spec(spec):
    """The parts of a format spec: [[fill]align][sign][z][#][0][width]
    [grouping][.precision][type]."""
    i, n = 0, len(spec)
    fill, align = " ", None
    if n >= 2 and spec[1] in "<>=^":
        fill, align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in "<>=^":
        align, i = spec[0], 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign, i = spec[i], i + 1
    no_neg_zero = False
    if i < n and spec[i] == "z":
        no_neg_zero, i = True, i + 1
    alt = False
    if i < n and spec[i] == "#":
        alt, i = True, i + 1
    zero = False
    if i < n and spec[i] == "0":
        zero, i = True, i + 1
        if align is None:
            fill, align = "0", "="
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = ""
    if i < n and spec[i] in ",_":
        grouping, i = spec[i], i + 1
    precision = None
    if i < n and spec[i] == ".":
        start = i + 1
        i = start
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("Format specifier missing precision")
        precision = int(spec[start:i])
    kind = None
    if i < n:
        kind, i = spec[i], i + 1
    if i != n or (kind is not None and kind not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    if grouping == "_" :
        raise ValueError("invalid format string")
    if kind == "n":
        kind = "g"
    return fill, align or ">", sign, no_neg_zero, alt, zero, width, grouping, precision, kind


def _format(d, spec):
    (fill, align, sign_opt, no_neg_zero, alt, zero, width, grouping, precision,
     kind) = _parse_spec(spec)
    ctx = getcontext()
    if d._special:
        if zero and fill == "0" and align == "=":
            # A zero-padded infinity or NaN is padded with blanks.
            fill, align = " ", ">"
        body = str(d.copy_abs()) + ("%" if kind == "%" else "")
        return _pad(_sign_text(d._sign, sign_opt), body, fill, align, width)
    if kind is None:
        kind = "G" if ctx.capitals else "g"
    if kind == "%":
        d = _make(d._sign, d._int, d._exp + 2)
    rounding = ctx.rounding
    if precision is not None:
        if kind in "eE":
            extra = _digits(d._int) - (precision + 1)
            if extra > 0:
                d = _make(d._sign, *_round_to_digits(d, precision + 1, rounding))
            elif d._int:
                d = d._rescale(d._exp + extra, rounding)
        elif kind in "fF%":
            d = d._rescale(-precision, rounding)
        elif kind in "gG":
            precision = max(precision, 1)
            if _digits(d._int) > precision:
                d = _make(d._sign, *_round_to_digits(d, precision, rounding))
    if d._int == 0 and d._exp > 0 and kind in "fF%":
        d = d._rescale(0, rounding)
    sign = 0 if (d._int == 0 and no_neg_zero) else d._sign
    digits = str(d._int)
    left = d._exp + len(digits)
    if kind in "eE":
        point = 1 - precision if d._int == 0 and precision is not None else 1
    elif kind in "fF%":
        point = left
    elif d._exp <= 0 and left > -6:
        point = left
    else:
        point = 1
    if point < 0:
        whole, frac = "0", "0" * -point + digits
    elif point > len(digits):
        whole, frac = digits + "0" * (point - len(digits)), ""
    else:
        whole, frac = digits[:point] or "0", digits[point:]
    exp = left - point
    if grouping:
        whole = _group(whole, grouping,
                       width - len(_sign_text(sign, sign_opt)) - _tail_len(frac, alt, exp, kind)
                       if zero and align == "=" and fill == "0" else 0)
    body = whole
    if frac or alt:
        body += "." + frac
    if exp != 0 or kind in "eE":
        body += ("E" if kind in "EG" else "e") + "%+d" % exp
    if kind == "%":
        body += "%"
    return _pad(_sign_text(sign, sign_opt), body, fill, align, width)


def _tail_len(frac, alt, exp, kind):
    n = len(frac) + 1 if frac or alt else 0
    if exp != 0 or kind in "eE":
        n += len("%+d" % exp) + 1
    return n + (1 if kind == "%" else 0)


def _round_to_digits(d, count, rounding):
    # (coefficient, exponent) of finite d rounded to `count` digits.
    extra = _digits(d._int) - count
    coeff, _ = _round_off(d._sign, d._int, extra, rounding)
    exp = d._exp + extra
    if _digits(coeff) > count:
        coeff //= 10
        exp += 1
    return coeff, exp


def _group(whole, sep, min_width):
    # Digits in threes; zero-padded (with separators) to min_width if given.
    while True:
        groups = [whole[max(0, i - 3):i] for i in range(len(whole), 0, -3)]
        text = sep.join(reversed(groups))
        if len(text) >= min_width:
            return text
        whole = "0" + whole


def _sign_text(sign, option):
    if sign:
        return "-"
    return {"+": "+", " ": " "}.get(option, "")


def _pad(sign, body, fill, align, width):
    room = width - len(sign) - len(body)
    if room <= 0:
        return sign + body
    if align == "<":
        return sign + body + fill * room
    if align == "=":
        return sign + fill * room + body
    if align == "^":
        half = room // 2
        return fill * half + sign + body + fill * (room - half)
    return fill * room + sign + body
