"""Container datatypes: Counter, defaultdict, deque, namedtuple, OrderedDict
and ChainMap, with CPython 3.11's behaviour.

Some of the page's dict subclasses do not yet reach every method of `dict`
through `super()` or `dict.__x__(self, …)` (`__getitem__`, `__setitem__`,
`__delitem__`, `__repr__`, `__eq__`), and `dict(sub)` of a dict subclass is
refused: the classes here use the named methods instead (`super().pop`,
`super().setdefault`, `self.items()`), which CPython's dict answers the same
way.
"""

from _collections import _count_elements, _index, _nt_new, _recursive_repr, deque

_MISSING = object()

# The words namedtuple refuses as a name (keyword.kwlist of Python 3.11).
_KEYWORDS = {
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
}


@_recursive_repr("{...}")
def _dict_repr(d):
    """What dict.__repr__ gives for `d`, a dict or one of its subclasses."""
    return "{" + ", ".join([repr(k) + ": " + repr(v) for k, v in d.items()]) + "}"


def _dict_items(d):
    """The plain dict of `d`'s items (what `dict(d)` gives)."""
    return dict(d.items())


def _dict_eq(a, b):
    """dict.__eq__(a, b) for two dicts: the same keys, equal values; a
    value is looked up as dict does, without __missing__."""
    if len(a) != len(b):
        return False
    for key, value in a.items():
        other = b.get(key, _MISSING)
        if other is _MISSING:
            return False
        if not (other is value or other == value):
            return False
    return True


def _is_mapping(obj):
    """Whether Counter.update and ChainMap take `obj` as a mapping (CPython
    asks collections.abc.Mapping, which a dict and a ChainMap are)."""
    return isinstance(obj, (dict, ChainMap))


################################################################################
### OrderedDict
################################################################################


class _OrderedView:
    """A view of an OrderedDict: its dict's own view, live, under the name
    CPython gives it (`odict_keys(['a'])`)."""

    __slots__ = ("_view",)

    def __init__(self, view):
        self._view = view

    def __len__(self):
        return len(self._view)

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(self._view)

    def __contains__(self, item):
        return item in self._view

    def __repr__(self):
        return type(self).__name__ + "(" + repr(list(self._view)) + ")"

    @property
    def mapping(self):
        return self._view.mapping


class _OrderedSetView(_OrderedView):
    """Keys and items views: also sets (`od.keys() & {'a'}`)."""

    __slots__ = ()

    def __eq__(self, other):
        return self._view == (other._view if isinstance(other, _OrderedView) else other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __and__(self, other):
        return self._view & other

    def __or__(self, other):
        return self._view | other

    def __sub__(self, other):
        return self._view - other

    def __xor__(self, other):
        return self._view ^ other

    def __rand__(self, other):
        return other & set(self._view)

    def __ror__(self, other):
        return other | set(self._view)

    def __rsub__(self, other):
        return other - set(self._view)

    def __rxor__(self, other):
        return other ^ set(self._view)

    def __le__(self, other):
        return self._view <= other

    def __lt__(self, other):
        return self._view < other

    def __ge__(self, other):
        return self._view >= other

    def __gt__(self, other):
        return self._view > other

    def isdisjoint(self, other):
        return self._view.isdisjoint(other)


class odict_keys(_OrderedSetView):
    __slots__ = ()


class odict_items(_OrderedSetView):
    __slots__ = ()


class odict_values(_OrderedView):
    __slots__ = ()


class OrderedDict(dict):
    """Dictionary that remembers insertion order.

    A dict keeps its keys in insertion order already; this adds moving a key
    to either end, popping from either end and order-sensitive equality.
    Moving a key to the front and popping from the front take time in
    proportion to the dict's size here (CPython keeps a linked list)."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return super().popitem()
        key = next(iter(self))
        return key, super().pop(key)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist."""
        if key not in self:
            raise KeyError(key)
        value = super().pop(key)
        if last:
            super().setdefault(key, value)
            return
        rest = list(self.items())
        super().clear()
        super().setdefault(key, value)
        for k, v in rest:
            super().setdefault(k, v)

    def __reversed__(self):
        return reversed(list(self))

    def keys(self):
        return odict_keys(dict.keys(self))

    def values(self):
        return odict_values(dict.values(self))

    def items(self):
        return odict_items(dict.items(self))

    def __eq__(self, other):
        """od.__eq__(y) <==> od==y.  Comparison to another OD is
        order-sensitive while comparison to a regular mapping is
        order-insensitive."""
        if not isinstance(other, dict):
            return NotImplemented
        if not _dict_eq(self, other):
            return False
        if isinstance(other, OrderedDict):
            return all(a is b or a == b for a, b in zip(self, other))
        return True

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    @_recursive_repr()
    def __repr__(self):
        """od.__repr__() <==> repr(od)"""
        if not self:
            return f"{self.__class__.__name__}()"
        return f"{self.__class__.__name__}({list(self.items())!r})"

    def __reduce__(self):
        """Return state information for pickling"""
        state = getattr(self, "__dict__", None) or None
        return self.__class__, (), state, None, iter(list(self.items()))

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values
        set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### namedtuple
################################################################################


class _TupleGetter:
    """The descriptor of a namedtuple's field: the item at its index."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f"_tuplegetter({self._index}, {self.__doc__!r})"


def _new_namedtuple(cls, values):
    """An instance of namedtuple class `cls` holding the tuple `values`."""
    return tuple.__new__(cls, values)


# The methods every namedtuple class has; `namedtuple` puts them in each
# class it makes, whose only base is `tuple` (its `__mro__` is CPython's).


def _nt_make(cls, iterable):
    """Make a new object from a sequence or iterable"""
    values = tuple(iterable)
    if len(values) != len(cls._fields):
        raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(values)}")
    return tuple.__new__(cls, values)


def _nt_replace(self, /, **kwds):
    """Return a new object replacing specified fields with new values"""
    values = []
    for name, value in zip(self._fields, tuple(self)):
        values.append(kwds.pop(name) if name in kwds else value)
    if kwds:
        raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
    return self._make(values)


def _nt_repr(self):
    """Return a nicely formatted representation string"""
    parts = ", ".join(
        f"{name}={value!r}" for name, value in zip(self._fields, tuple(self))
    )
    return f"{self.__class__.__name__}({parts})"


def _nt_asdict(self):
    """Return a new dict which maps field names to their values."""
    return dict(zip(self._fields, tuple(self)))


def _nt_getnewargs(self):
    """Return self as a plain tuple.  Used by copy and pickle."""
    return tuple(self)


def _nt_setattr(self, name, value):
    # A namedtuple's `__slots__ = ()` leaves it no attributes to set; a
    # subclass without `__slots__` of its own has a `__dict__`.
    for cls in type(self).__mro__:
        if cls is tuple:
            if name in type(self)._fields:
                raise AttributeError("can't set attribute")
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{name}'"
            )
        if "__slots__" not in cls.__dict__:
            break
    object.__setattr__(self, name, value)


def _nt_reduce(self):
    return _new_namedtuple, (type(self), tuple(self))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (
                not name.isidentifier()
                or name in _KEYWORDS
                or name.startswith("_")
                or name in seen
            ):
                field_names[index] = f"_{index}"
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(
                f"Type names and field names must be valid identifiers: {name!r}"
            )
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")

    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(
            reversed(list(zip(reversed(field_names), reversed(defaults))))
        )

    field_names = tuple(field_names)

    namespace = {
        "__doc__": f"{typename}({', '.join(field_names)})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__match_args__": field_names,
        "__module__": "__main__" if module is None else module,
        "__new__": _nt_new,
        "_make": classmethod(_nt_make),
        "_replace": _nt_replace,
        "__repr__": _nt_repr,
        "_asdict": _nt_asdict,
        "__getnewargs__": _nt_getnewargs,
        "__reduce__": _nt_reduce,
        "__setattr__": _nt_setattr,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _TupleGetter(index, f"Alias for field number {index}")
    return type(typename, (tuple,), namespace)


################################################################################
### Counter
################################################################################


class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')
    >>> c.most_common(3)
    [('a', 5), ('b', 4), ('c', 3)]
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts."""
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        return items[: max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
        )

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                elif isinstance(iterable, dict):
                    super().update(iterable)
                else:
                    for elem, count in iterable.items():
                        self[elem] = count
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero."""
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (_dict_items(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            super().pop(elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = _dict_items(self)
        return f"{self.__class__.__name__}({d!r})"

    # Multiset equality and inclusion: a missing element counts as zero.

    def __eq__(self, other):
        """True if all counts agree. Missing counts are treated as zero."""
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return _dict_eq(self, other)
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        """True if any counts disagree. Missing counts are treated as zero."""
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __le__(self, other):
        """True if all counts in self are a subset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        """True if all counts in self are a proper subset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        """True if all counts in self are a superset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        """True if all counts in self are a proper superset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        """Add counts from two counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        """Subtract count, but keep only results with positive counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        """Union is the maximum of value in either of the input counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        """Intersection is the minimum of corresponding counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Internal method to strip elements with a negative or zero count"""
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        """Inplace add from another counter, keeping only positive counts."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """Inplace subtract counter, but keep only results with positive counts."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """Inplace union is the maximum of value from either counter."""
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """Inplace intersection is the minimum of corresponding counts."""
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _second(pair):
    return pair[1]


################################################################################
### defaultdict
################################################################################


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__()
        super().update(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        """__missing__(key) # Called by __getitem__ for missing key; pseudo-code:
        if self.default_factory is None: raise KeyError((key,))
        self[key] = value = self.default_factory()
        return value"""
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = _factory_repr(self.default_factory)
        return f"{type(self).__name__}({factory}, {_dict_repr(self)})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(list(self.items()))

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        return _dict_eq(self, other)

    def __ne__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        return not _dict_eq(self, other)

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


@_recursive_repr()
def _factory_repr(factory):
    return "None" if factory is None else repr(factory)


################################################################################
### ChainMap
################################################################################


class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    The underlying mappings are stored in a list.  That list is public and can
    be accessed or updated using the *maps* attribute.  There is no other
    state.

    Lookups search the underlying mappings successively until a key is found.
    In contrast, writes, updates, and deletions only operate on the first
    mapping."""

    def __init__(self, *maps):
        """Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used."""
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    # The methods of a MutableMapping; its views are collections.abc's
    # (imported when first asked for, as `collections.abc` itself is).

    def keys(self):
        import collections.abc

        return collections.abc.KeysView(self)

    def items(self):
        import collections.abc

        return collections.abc.ItemsView(self)

    def values(self):
        import collections.abc

        return collections.abc.ValuesView(self)

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other.items())
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


def __getattr__(name):
    # CPython's start-up imports collections.abc, so programs find it after
    # `import collections` alone; here it is imported when first asked for.
    if name == "abc":
        import collections.abc

        return collections.abc
    # UserDict, UserList and UserString derive from collections.abc's
    # classes: they are in a module of their own, loaded when first asked for.
    if name in ("UserDict", "UserList", "UserString"):
        import _collections_user

        found = getattr(_collections_user, name)
        globals()[name] = found
        return found
    raise AttributeError("module 'collections' has no attribute '" + name + "'")
