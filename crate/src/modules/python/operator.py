"""Operators as functions: operator.add(x, y) is x + y, and so on."""

__all__ = [
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains",
    "countOf", "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd",
    "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul",
    "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_",
    "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint",
    "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg",
    "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv",
    "truth", "xor",
]

_abs = abs


# Comparisons

def lt(a, b, /):
    """Same as a < b."""
    return a < b


def le(a, b, /):
    """Same as a <= b."""
    return a <= b


def eq(a, b, /):
    """Same as a == b."""
    return a == b


def ne(a, b, /):
    """Same as a != b."""
    return a != b


def ge(a, b, /):
    """Same as a >= b."""
    return a >= b


def gt(a, b, /):
    """Same as a > b."""
    return a > b


# Logical and identity

def not_(a, /):
    """Same as not a."""
    return not a


def truth(a, /):
    """Return True if a is true, False otherwise."""
    return True if a else False


def is_(a, b, /):
    """Same as a is b."""
    return a is b


def is_not(a, b, /):
    """Same as a is not b."""
    return a is not b


# Arithmetic and bitwise

def abs(a, /):
    """Same as abs(a)."""
    return _abs(a)


def add(a, b, /):
    """Same as a + b."""
    return a + b


def and_(a, b, /):
    """Same as a & b."""
    return a & b


def floordiv(a, b, /):
    """Same as a // b."""
    return a // b


def index(a, /):
    """Same as a.__index__()."""
    if isinstance(a, int):
        return int(a)
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(
            f"'{type(a).__name__}' object cannot be interpreted as an integer"
        ) from None
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(
            f"__index__ returned non-int (type {type(result).__name__})"
        )
    return result


def inv(a, /):
    """Same as ~a."""
    return ~a


invert = inv


def lshift(a, b, /):
    """Same as a << b."""
    return a << b


def mod(a, b, /):
    """Same as a % b."""
    return a % b


def mul(a, b, /):
    """Same as a * b."""
    return a * b


def _binary_dunder(a, b, name, rname, symbol):
    """a `symbol` b by the operands' own methods, for operators the
    language has no syntax for here."""
    method = getattr(type(a), name, None)
    if method is not None:
        result = method(a, b)
        if result is not NotImplemented:
            return result
    method = getattr(type(b), rname, None)
    if method is not None:
        result = method(b, a)
        if result is not NotImplemented:
            return result
    raise TypeError(
        f"unsupported operand type(s) for {symbol}: "
        f"'{type(a).__name__}' and '{type(b).__name__}'"
    )


def matmul(a, b, /):
    """Same as a @ b."""
    return _binary_dunder(a, b, "__matmul__", "__rmatmul__", "@")


def neg(a, /):
    """Same as -a."""
    return -a


def or_(a, b, /):
    """Same as a | b."""
    return a | b


def pos(a, /):
    """Same as +a."""
    return +a


def pow(a, b, /):
    """Same as a ** b."""
    return a ** b


def rshift(a, b, /):
    """Same as a >> b."""
    return a >> b


def sub(a, b, /):
    """Same as a - b."""
    return a - b


def truediv(a, b, /):
    """Same as a / b."""
    return a / b


def xor(a, b, /):
    """Same as a ^ b."""
    return a ^ b


# Sequences

def _is_sequence(a):
    if isinstance(a, (list, tuple, str, range)):
        return True
    if isinstance(a, (dict, set, int, float)):
        return False
    return hasattr(type(a), "__getitem__")


def concat(a, b, /):
    """Same as a + b, for a and b sequences."""
    if not _is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b, /):
    """Same as b in a (note reversed operands)."""
    return b in a


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(
            f"argument of type '{type(a).__name__}' is not iterable"
        ) from None


def countOf(a, b, /):
    """Return the number of items in a which are, or which equal, b."""
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b, /):
    """Same as del a[b]."""
    del a[b]


def getitem(a, b, /):
    """Same as a[b]."""
    return a[b]


def indexOf(a, b, /):
    """Return the first index of b in a."""
    for i, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c, /):
    """Same as a[b] = c."""
    a[b] = c


def length_hint(obj, default=0, /):
    """An estimate of the number of items in obj: its len() if it has one,
    else its __length_hint__(), else default."""
    if not isinstance(default, int):
        raise TypeError(
            f"'{type(default).__name__}' object cannot be interpreted as an integer"
        )
    if isinstance(obj, (list, tuple, str, dict, set, range)):
        return len(obj)
    kind = type(obj)
    if hasattr(kind, "__len__"):
        return len(obj)
    try:
        hint = kind.__length_hint__
    except AttributeError:
        # A built-in iterator's type has no attributes here: its own method.
        bound = getattr(obj, "__length_hint__", None)
        if bound is None:
            return default
        value = bound()
    else:
        value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(
            f"__length_hint__ must be an integer, not {type(value).__name__}"
        )
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


def call(obj, /, *args, **kwargs):
    """Same as obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


# Callables that fetch or call

class attrgetter:
    """attrgetter('name'): a callable giving its operand's attribute name.
    With several names, a tuple of them; a dotted name follows the dots."""

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError("attribute name must be a string")
        self._attrs = attrs
        self._paths = tuple(tuple(attr.split(".")) for attr in attrs)

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(f"attrgetter expected 1 argument, got {len(args)}")
        obj = args[0]
        if len(self._paths) == 1:
            return _resolve(obj, self._paths[0])
        return tuple(_resolve(obj, path) for path in self._paths)

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"

    def __reduce__(self):
        return (type(self), self._attrs)


def _resolve(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """itemgetter(item): a callable giving its operand's item (operand[item]).
    With several items, a tuple of them."""

    def __init__(self, *items):
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(f"itemgetter expected 1 argument, got {len(args)}")
        obj = args[0]
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple(obj[item] for item in items)

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return (type(self), self._items)


class methodcaller:
    """methodcaller(name, /, *args, **kwargs): a callable calling its
    operand's method name with args and kwargs."""

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("methodcaller() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(f"methodcaller expected 1 argument, got {len(args)}")
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend(f"{key}={value!r}" for key, value in self._kwargs.items())
        return f"operator.methodcaller({', '.join(parts)})"


# In-place operators. The page's Python makes a new set, dict or list for
# a |= b (&=, -=, ^=, *=) where CPython changes a: these change it.

def iadd(a, b, /):
    """Same as a += b."""
    a += b
    return a


def iand(a, b, /):
    """Same as a &= b."""
    if type(a) is set and isinstance(b, set):
        a.intersection_update(b)
        return a
    a &= b
    return a


def iconcat(a, b, /):
    """Same as a += b, for a and b sequences."""
    if not _is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b, /):
    """Same as a //= b."""
    a //= b
    return a


def ilshift(a, b, /):
    """Same as a <<= b."""
    a <<= b
    return a


def imod(a, b, /):
    """Same as a %= b."""
    a %= b
    return a


def imul(a, b, /):
    """Same as a *= b."""
    if type(a) is list:
        a[:] = a * b
        return a
    a *= b
    return a


def imatmul(a, b, /):
    """Same as a @= b."""
    method = getattr(type(a), "__imatmul__", None)
    if method is not None:
        result = method(a, b)
        if result is not NotImplemented:
            return result
    return _binary_dunder(a, b, "__matmul__", "__rmatmul__", "@=")


def ior(a, b, /):
    """Same as a |= b."""
    if (type(a) is set and isinstance(b, set)) or (
        type(a) is dict and isinstance(b, dict)
    ):
        a.update(b)
        return a
    a |= b
    return a


def ipow(a, b, /):
    """Same as a **= b."""
    a **= b
    return a


def irshift(a, b, /):
    """Same as a >>= b."""
    a >>= b
    return a


def isub(a, b, /):
    """Same as a -= b."""
    if type(a) is set and isinstance(b, set):
        a.difference_update(b)
        return a
    a -= b
    return a


def itruediv(a, b, /):
    """Same as a /= b."""
    a /= b
    return a


def ixor(a, b, /):
    """Same as a ^= b."""
    if type(a) is set and isinstance(b, set):
        a.symmetric_difference_update(b)
        return a
    a ^= b
    return a


# The dunder names CPython's module has too.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
