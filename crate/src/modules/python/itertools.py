"""Functions creating iterators for efficient looping.

Each of CPython's itertools is a class here, so its type, its repr and its
errors (raised when it is made, as CPython's are) follow CPython's.
"""

_MISSING = object()
_MAXSIZE = 9223372036854775807


def _parse(name, args, kwargs, names, required, defaults, npos=None):
    """The values of parameters `names` from a call's `args` and `kwargs`,
    with the errors of CPython's argument parsing for built-in functions.
    The first `required` are required; `defaults` holds the others'
    defaults; only the first `npos` may be given by position."""
    if npos is None:
        npos = len(names)
    total = len(args) + len(kwargs)
    if total > len(names):
        raise TypeError(
            f"{name}() takes at most {len(names)} argument"
            f"{'' if len(names) == 1 else 's'} ({total} given)"
        )
    if len(args) > npos:
        raise TypeError(
            f"{name}() takes at most {npos} positional argument"
            f"{'' if npos == 1 else 's'} ({len(args)} given)"
        )
    values = []
    for i, param in enumerate(names):
        if i < len(args):
            if param in kwargs:
                raise TypeError(
                    f"argument for {name}() given by name ('{param}') "
                    f"and position ({i + 1})"
                )
            values.append(args[i])
        elif param in kwargs:
            values.append(kwargs[param])
        elif i < required:
            raise TypeError(
                f"{name}() missing required argument '{param}' (pos {i + 1})"
            )
        else:
            values.append(defaults[i - required])
    for key in kwargs:
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
    return values


def _positional(name, args, kwargs, least, most):
    """`args` for a built-in that takes `least` to `most` positional
    arguments and no keywords, with CPython's errors."""
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    n = len(args)
    if least == most and n != least:
        raise TypeError(
            f"{name} expected {least} argument{'' if least == 1 else 's'}, got {n}"
        )
    if n < least:
        raise TypeError(
            f"{name} expected at least {least} argument"
            f"{'' if least == 1 else 's'}, got {n}"
        )
    if n > most:
        raise TypeError(
            f"{name} expected at most {most} argument"
            f"{'' if most == 1 else 's'}, got {n}"
        )
    return args


def _index(value):
    """`value` as an int, as operator.index."""
    if isinstance(value, int):
        return value
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError(
            f"'{type(value).__name__}' object cannot be interpreted as an integer"
        ) from None
    return method(value)


def _is_number(value):
    if isinstance(value, (int, float)):
        return True
    kind = type(value)
    return (
        hasattr(kind, "__index__")
        or hasattr(kind, "__int__")
        or hasattr(kind, "__float__")
        or hasattr(kind, "__complex__")
    )


def _same(a, b):
    return a is b or a == b


class count:
    """count(start=0, step=1): start, start+step, start+2*step, …"""

    def __init__(self, *args, **kwargs):
        start, step = _parse("count", args, kwargs, ("start", "step"), 0, (0, 1))
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        if isinstance(start, int) and isinstance(step, int) and step == 1:
            start, step = int(start), 1
        self._count = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._count
        self._count = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return f"{type(self).__name__}({self._count!r})"
        return f"{type(self).__name__}({self._count!r}, {step!r})"


class cycle:
    """cycle(iterable): the iterable's items, then the same again, forever."""

    def __init__(self, *args, **kwargs):
        (iterable,) = _positional("cycle", args, kwargs, 1, 1)
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            for item in self._it:
                self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._index = 0
        saved = self._saved
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object[, times]): object, times times or forever."""

    def __init__(self, *args, **kwargs):
        value, times = _parse("repeat", args, kwargs, ("object", "times"), 1, (None,))
        if "times" in kwargs or len(args) > 1:
            times = _index(times)
            if times < 0:
                times = 0
        else:
            times = None
        self._object = value
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"{type(self).__name__}({self._object!r})"
        return f"{type(self).__name__}({self._object!r}, {self._times})"


class accumulate:
    """accumulate(iterable[, func, *, initial=None]): running totals (or
    results of func)."""

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _parse(
            "accumulate",
            args,
            kwargs,
            ("iterable", "func", "initial"),
            1,
            (None, None),
            2,
        )
        self._it = iter(iterable)
        self._func = func
        self._total = _MISSING
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            total = self._initial
            self._initial = None
            self._total = total
            return total
        value = next(self._it)
        total = self._total
        if total is _MISSING:
            total = value
        elif self._func is None:
            total = total + value
        else:
            total = self._func(total, value)
        self._total = total
        return total


class chain:
    """chain(*iterables): the first iterable's items, then the next's, …"""

    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError("chain() takes no keyword arguments")
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, *args, **kwargs):
        """chain.from_iterable(iterable): chain(*iterable), lazily."""
        if kwargs:
            raise TypeError("chain.from_iterable() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(
                f"chain.from_iterable() takes exactly one argument ({len(args)} given)"
            )
        made = cls()
        made._source = iter(args[0])
        return made

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                for iterable in self._source:
                    self._active = iter(iterable)
                    break
                else:
                    self._source = None
                    raise StopIteration
            for item in self._active:
                return item
            self._active = None


class compress:
    """compress(data, selectors): the items of data whose selector is true."""

    def __init__(self, *args, **kwargs):
        data, selectors = _parse(
            "compress", args, kwargs, ("data", "selectors"), 2, ()
        )
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        for selector in self._selectors:
            item = next(data)
            if selector:
                return item
        raise StopIteration


class dropwhile:
    """dropwhile(predicate, iterable): the items from the first for which
    predicate is false."""

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional("dropwhile", args, kwargs, 2, 2)
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            for item in self._it:
                if not self._predicate(item):
                    self._dropping = False
                    return item
            raise StopIteration
        return next(self._it)


class takewhile:
    """takewhile(predicate, iterable): the items while predicate is true."""

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional("takewhile", args, kwargs, 2, 2)
        self._predicate = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable): the items for which function
    (or the item itself, for None) is false."""

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional("filterfalse", args, kwargs, 2, 2)
        self._predicate = predicate
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        predicate = self._predicate
        for item in self._it:
            if predicate is None or predicate is bool:
                if not item:
                    return item
            elif not predicate(item):
                return item
        raise StopIteration


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of items with
    equal keys. A group is valid until the next is taken."""

    def __init__(self, *args, **kwargs):
        iterable, key = _parse("groupby", args, kwargs, ("iterable", "key"), 1, (None,))
        self._it = iter(iterable)
        self._keyfunc = key
        self._target = _MISSING
        self._key = _MISSING
        self._value = _MISSING
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value
        self._key = key

    def __next__(self):
        self._grouper = None
        while True:
            if self._key is _MISSING:
                pass
            elif self._target is _MISSING:
                break
            elif not _same(self._target, self._key):
                break
            self._step()
        self._target = self._key
        grouper = _grouper(self, self._target)
        self._grouper = grouper
        return (self._key, grouper)


class _grouper:
    def __init__(self, parent, target):
        self._parent = parent
        self._target = target

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._value is _MISSING:
            parent._step()
        if not _same(self._target, parent._key):
            raise StopIteration
        value = parent._value
        parent._value = _MISSING
        return value


def _islice_index(value, message):
    if value is None:
        return None
    try:
        value = _index(value)
    except TypeError:
        raise ValueError(message) from None
    if value < 0 or value > _MAXSIZE:
        raise ValueError(message)
    return value


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    the items of iterable a slice of a list would have."""

    def __init__(self, *args, **kwargs):
        args = _positional("islice", args, kwargs, 2, 4)
        indices = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        if len(args) == 2:
            start = 0
            stop = _islice_index(
                args[1],
                "Stop argument for islice() must be None or an integer: "
                "0 <= x <= sys.maxsize.",
            )
            step = 1
        else:
            start = _islice_index(args[1], indices)
            stop = _islice_index(
                args[2],
                "Stop argument for islice() must be None or an integer: "
                "0 <= x <= sys.maxsize.",
            )
            if start is None:
                start = 0
            step = 1
            if len(args) == 4 and args[3] is not None:
                message = "Step for islice() must be a positive integer or None."
                try:
                    step = _index(args[3])
                except TypeError:
                    raise ValueError(message) from None
                if step <= 0 or step > _MAXSIZE:
                    raise ValueError(message)
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop is not None and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise:
    """pairwise(iterable): overlapping pairs of consecutive items."""

    def __init__(self, *args, **kwargs):
        (iterable,) = _positional("pairwise", args, kwargs, 1, 1)
        self._it = iter(iterable)
        self._old = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._old is _MISSING:
                self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MISSING
            raise
        pair = (self._old, new)
        self._old = new
        return pair


class starmap:
    """starmap(function, iterable): function(*item) for each item."""

    def __init__(self, *args, **kwargs):
        function, iterable = _positional("starmap", args, kwargs, 2, 2)
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._function(*next(self._it))


class _tee:
    """One of tee()'s iterators: the items of a shared iterator, each kept
    until every copy has passed it."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        # A link is [] until filled, then [item, next link].
        self._link = []

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if not link:
            item = next(self._it)
            if not link:
                link.append(item)
                link.append([])
        self._link = link[1]
        return link[0]

    def __copy__(self):
        copy = _tee(())
        copy._it = self._it
        copy._link = self._link
        return copy


def tee(*args, **kwargs):
    """tee(iterable, n=2): n independent iterators over one iterable."""
    if kwargs:
        raise TypeError("itertools.tee() takes no keyword arguments")
    args = _positional("tee", args, {}, 1, 2)
    n = _index(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(args[0])
    if hasattr(it, "__copy__"):
        first = it
    else:
        first = _tee(it)
    result = [first]
    for _ in range(n - 1):
        result.append(result[-1].__copy__())
    return tuple(result)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): tuples of the iterables'
    items, fillvalue for those exhausted, until all are."""

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or "fillvalue" not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs["fillvalue"]
        self._its = [iter(iterable) for iterable in iterables]
        self._active = len(self._its)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fillvalue)
                continue
            for item in it:
                result.append(item)
                break
            else:
                self._active -= 1
                if self._active == 0:
                    raise StopIteration
                its[i] = None
                result.append(self._fillvalue)
        return tuple(result)


class _Generated:
    """An iterator whose items come from a generator made by the subclass."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[k][indices[k]] for k in range(n))


class product(_Generated):
    """product(*iterables, repeat=1): the Cartesian product, as nested for
    loops would give it."""

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for key in kwargs:
            if key != "repeat":
                raise TypeError(f"'{key}' is an invalid keyword argument for product()")
        if "repeat" in kwargs:
            repeat = _index(kwargs["repeat"])
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        pools = [tuple(iterable) for iterable in iterables] * repeat
        self._gen = _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1 :] + indices[i : i + 1]
                cycles[i] = n - i
                i -= 1
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
        if i < 0:
            return


class permutations(_Generated):
    """permutations(iterable, r=None): the r-length orderings of the items."""

    def __init__(self, *args, **kwargs):
        iterable, r = _parse(
            "permutations", args, kwargs, ("iterable", "r"), 1, (None,)
        )
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError("Expected int as r")
        elif r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[k] for k in indices)


class combinations(_Generated):
    """combinations(iterable, r): the r-length subsequences, in order."""

    def __init__(self, *args, **kwargs):
        iterable, r = _parse("combinations", args, kwargs, ("iterable", "r"), 2, ())
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _combinations(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if n == 0 and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple(pool[k] for k in indices)


class combinations_with_replacement(_Generated):
    """combinations_with_replacement(iterable, r): the r-length sequences of
    items, in order, each item repeatable."""

    def __init__(self, *args, **kwargs):
        iterable, r = _parse(
            "combinations_with_replacement", args, kwargs, ("iterable", "r"), 2, ()
        )
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _combinations_with_replacement(pool, r)
