"""The parts of `collections` that CPython writes in C (its `_collections`):
`deque`, the helpers the module shares (`_index`, `_recursive_repr`,
`_count_elements`, from Rust), and a namedtuple's `__new__`. A traceback
shows no frame of this module, as CPython's shows none of C code."""

from _counting import count_elements as _count_elements

try:
    from threading import get_ident as _get_ident
except ImportError:

    def _get_ident():
        return 0


def _index(n, message=None):
    """`n` as an int, through __index__ (operator.index)."""
    if isinstance(n, int):
        return n
    try:
        method = type(n).__index__
    except AttributeError:
        if message is None:
            message = f"'{type(n).__name__}' object cannot be interpreted as an integer"
        raise TypeError(message) from None
    return method(n)


def _recursive_repr(fillvalue="..."):
    """A __repr__ that gives `fillvalue` when it meets its own object again
    (a container holding itself), as reprlib.recursive_repr does."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = (id(self), _get_ident())
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        return wrapper

    return decorating_function



################################################################################
### deque
################################################################################


def _deque_iter(d, state, backwards):
    """The items of deque `d`, raising RuntimeError once `d` changed size."""
    i = 0
    while True:
        if d._state != state:
            raise RuntimeError("deque mutated during iteration")
        n = len(d)
        if i >= n:
            return
        yield d[n - 1 - i if backwards else i]
        i += 1


class deque:
    """A list-like sequence optimized for data accesses near its endpoints.

    Held in two lists, one for each end (the left one reversed): appending
    and popping at either end take constant time, amortised."""

    __module__ = "collections"

    __slots__ = ("_left", "_right", "_maxlen", "_state", "__weakref__")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._left = []
        self._right = []
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError(
            "attribute 'maxlen' of 'collections.deque' objects is not writable"
        )

    # The two lists: the deque is reversed(_left) followed by _right.

    def _balance_from_left(self):
        items = self._left[::-1]
        half = len(items) // 2
        self._left = items[:half][::-1]
        self._right = items[half:]

    def _balance_from_right(self):
        items = self._right
        half = (len(items) + 1) // 2
        self._left = items[:half][::-1]
        self._right = items[half:]

    def _set(self, items):
        self._left = []
        self._right = items

    def append(self, x):
        """Add an element to the right side of the deque."""
        if self._maxlen == 0:
            return
        self._state += 1
        self._right.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self._popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        if self._maxlen == 0:
            return
        self._state += 1
        self._left.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self._pop()

    def _pop(self):
        if not self._right:
            if not self._left:
                raise IndexError("pop from an empty deque")
            if len(self._left) == 1:
                return self._left.pop()
            self._balance_from_left()
        return self._right.pop()

    def _popleft(self):
        if not self._left:
            if not self._right:
                raise IndexError("pop from an empty deque")
            if len(self._right) == 1:
                return self._right.pop()
            self._balance_from_right()
        return self._left.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        value = self._pop()
        self._state += 1
        return value

    def popleft(self):
        """Remove and return the leftmost element."""
        value = self._popleft()
        self._state += 1
        return value

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._left = []
        self._right = []

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        for x in self:
            if x is value or x == value:
                n += 1
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        message = "slice indices must be integers or have an __index__ method"
        n = len(self)
        start = _index(start, message)
        stop = n if stop is None else _index(stop, message)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            x = self[i]
            if x is value or x == value:
                return i
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        """Insert value before index."""
        index = _index(index)
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(index, value)
        self._state += 1
        self._set(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        for i in range(len(self)):
            x = self[i]
            if x is value or x == value:
                del self[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._left, self._right = self._right, self._left

    def rotate(self, n=1):
        """Rotate the deque n steps to the right.  If n is negative, rotates left."""
        n = _index(n)
        length = len(self)
        if length <= 1:
            return
        half = length >> 1
        if n > half or n < -half:
            n %= length
            if n > half:
                n -= length
            elif n < -half:
                n += length
        self._state += 1
        while n > 0:
            # Popping may put new lists in _left and _right: take the item
            # before naming the list it goes to.
            value = self._pop()
            self._left.append(value)
            n -= 1
        while n < 0:
            value = self._popleft()
            self._right.append(value)
            n += 1

    # Sequence methods.

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def __iter__(self):
        return _deque_iter(self, self._state, False)

    def __reversed__(self):
        return _deque_iter(self, self._state, True)

    def __contains__(self, value):
        for x in self:
            if x is value or x == value:
                return True
        return False

    def _position(self, index):
        """(list, position in it) of item `index`."""
        index = _index(
            index, f"sequence index must be integer, not '{type(index).__name__}'"
        )
        left = len(self._left)
        n = left + len(self._right)
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError("deque index out of range")
        if index < left:
            return self._left, left - 1 - index
        return self._right, index - left

    def __getitem__(self, index):
        items, i = self._position(index)
        return items[i]

    def __setitem__(self, index, value):
        items, i = self._position(index)
        items[i] = value

    def __delitem__(self, index):
        items, i = self._position(index)
        del items[i]
        self._state += 1

    # Operators.

    def __add__(self, other):
        if not isinstance(other, deque):
            radd = getattr(type(other), "__radd__", None)
            if radd is not None:
                result = radd(other, self)
                if result is not NotImplemented:
                    return result
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque'
            )
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n, f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        if n <= 0:
            self.clear()
            return self
        items = list(self)
        for _ in range(n - 1):
            self.extend(items)
        return self

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    @_recursive_repr("[...]")
    def __repr__(self):
        items = repr(list(self))
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({items})"
        return f"{name}({items}, maxlen={self._maxlen})"

    def __reduce__(self):
        # The attributes of a subclass's instance, without the deque's own
        # (which the page keeps in __dict__: it has no slots).
        state = getattr(self, "__dict__", None) or {}
        state = {k: v for k, v in state.items() if k not in deque.__slots__} or None
        args = () if self._maxlen is None else ((), self._maxlen)
        return type(self), args, state, iter(list(self))


# A namedtuple's `__new__`: CPython's is made by `eval`, and a wrong call of
# it fails before its frame starts, so a traceback shows none of it.


def _plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _names_list(names):
    """'x', 'x' and 'y', 'x', 'y', and 'z': as CPython lists missing arguments."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _nt_new(cls, *args, **kwargs):
    fields = cls._fields
    count = len(fields)
    values = list(args[:count])
    given = len(args)
    for name, value in kwargs.items():
        if name not in fields:
            raise TypeError(
                f"{cls.__name__}.__new__() got an unexpected keyword argument '{name}'"
            )
        position = fields.index(name)
        if position < given:
            raise TypeError(
                f"{cls.__name__}.__new__() got multiple values for argument '{name}'"
            )
    if given > count:
        defaults = len(cls._field_defaults)
        if defaults:
            takes = f"from {count - defaults + 1} to {count + 1} positional arguments"
        else:
            takes = _plural(count + 1, "positional argument")
        were = "was" if given + 1 == 1 else "were"
        raise TypeError(
            f"{cls.__name__}.__new__() takes {takes} but {given + 1} {were} given"
        )
    missing = []
    for name in fields[given:]:
        if name in kwargs:
            values.append(kwargs[name])
        elif name in cls._field_defaults:
            values.append(cls._field_defaults[name])
        else:
            missing.append(name)
    if missing:
        raise TypeError(
            f"{cls.__name__}.__new__() missing "
            f"{_plural(len(missing), 'required positional argument')}: "
            f"{_names_list(missing)}"
        )
    return tuple.__new__(cls, values)
