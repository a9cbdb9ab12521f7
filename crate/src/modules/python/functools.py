"""Higher-order functions and operations on callable objects."""

__all__ = [
    "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
    "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
    "partial", "partialmethod", "singledispatch", "singledispatchmethod",
    "cached_property",
]

_MISSING = object()

WRAPPER_ASSIGNMENTS = (
    "__module__", "__name__", "__qualname__", "__doc__", "__annotations__",
)
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies the attributes named in
    assigned, merges those named in updated, and sets __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        source = getattr(wrapped, attr, None)
        if not source:
            continue
        if attr == "__dict__":
            # Attribute by attribute: an object's __dict__ here may be a copy.
            for key, value in source.items():
                setattr(wrapper, key, value)
        else:
            getattr(wrapper, attr).update(source)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator doing update_wrapper(wrapper, wrapped, …) on a wrapper."""

    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)

    return decorator


# total_ordering: each missing comparison from the one the class defines.

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_DERIVED = {
    "__lt__": (("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)),
    "__le__": (("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)),
    "__gt__": (("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)),
    "__ge__": (("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)),
}


def total_ordering(cls):
    """A class decorator adding the rich comparisons a class lacks, from the
    one it has (preferring __lt__, then __le__, __gt__, __ge__)."""
    roots = [
        op for op in ("__lt__", "__le__", "__gt__", "__ge__")
        if getattr(cls, op, None) is not getattr(object, op, None)
    ]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    for name, function in _DERIVED[roots[0]]:
        if name not in roots:
            function.__name__ = name
            setattr(cls, name, function)
    return cls


# cmp_to_key

class KeyWrapper:
    """A sort key calling an old-style comparison function."""

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")

    def __init__(self, mycmp, obj=_MISSING):
        self._cmp = mycmp
        self.obj = None if obj is _MISSING else obj

    def __call__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError(
                f"K() takes at most 1 argument ({len(args) + len(kwargs)} given)"
            )
        if args:
            obj = args[0]
        elif "obj" in kwargs:
            obj = kwargs["obj"]
        elif kwargs:
            raise TypeError(
                f"'{next(iter(kwargs))}' is an invalid keyword argument for K()"
            )
        else:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        return KeyWrapper(self._cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0


def cmp_to_key(*args, **kwargs):
    """A sort key (for sorted, min, max…) from an old-style comparison
    function, one giving a negative, zero or positive number."""
    if len(args) + len(kwargs) > 1:
        raise TypeError(
            f"cmp_to_key() takes at most 1 argument ({len(args) + len(kwargs)} given)"
        )
    if args:
        return KeyWrapper(args[0])
    if "mycmp" in kwargs:
        return KeyWrapper(kwargs["mycmp"])
    if kwargs:
        raise TypeError(
            f"'{next(iter(kwargs))}' is an invalid keyword argument for cmp_to_key()"
        )
    raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")


# reduce

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]): function applied cumulatively
    to the items, from the left: reduce(f, [a, b, c]) is f(f(a, b), c)."""
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


# partial

def _readonly(self, value):
    raise AttributeError("readonly attribute")


class partial:
    """partial(func, /, *args, **keywords): a callable calling func with
    args and keywords before its own arguments."""

    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError(f"type '{type(self).__name__}' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func) is partial and type(self) is partial:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self._func = func
        self._args = args
        self._keywords = keywords

    func = property(lambda self: self._func, _readonly, None,
                    "function object to use in future partial calls")
    args = property(lambda self: self._args, _readonly, None,
                    "tuple of arguments to future partial calls")
    keywords = property(lambda self: self._keywords, _readonly, None,
                        "dictionary of keyword arguments to future partial calls")

    def __call__(self, *args, **keywords):
        if self._keywords:
            keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self._func)]
        parts.extend(repr(arg) for arg in self._args)
        parts.extend(f"{key}={value!r}" for key, value in self._keywords.items())
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(parts)})"


# lru_cache and cache

class CacheInfo:
    """CacheInfo(hits, misses, maxsize, currsize): a cache's statistics, as
    a named tuple."""

    _fields = ("hits", "misses", "maxsize", "currsize")

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return (
            f"CacheInfo(hits={self.hits!r}, misses={self.misses!r}, "
            f"maxsize={self.maxsize!r}, currsize={self.currsize!r})"
        )

    def __iter__(self):
        return iter(self._tuple())

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._tuple()[index]

    def __eq__(self, other):
        if isinstance(other, CacheInfo):
            return self._tuple() == other._tuple()
        if isinstance(other, tuple):
            return self._tuple() == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        return hash(self._tuple())

    def _asdict(self):
        return dict(zip(self._fields, self._tuple()))


_CacheInfo = CacheInfo
_KWD_MARK = object()


def _make_key(args, kwds, typed):
    """The cache key of a call: hashable, equal for equal calls."""
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and (type(key[0]) is int or type(key[0]) is str):
        return key[0]
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            # Taken out and put back: a dict keeps its keys in the order
            # they were put in, so the first is the least recently used.
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = stats[1] = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """A decorator keeping the results of the maxsize most recent calls
    (every call's, for maxsize None). With typed, arguments of different
    types are cached apart. The function gets cache_info() and
    cache_clear()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    """Simple lightweight unbounded cache. Sometimes called "memoize"."""
    return _lru_cache_wrapper(user_function, None, False)


# singledispatch

def _is_class(value):
    try:
        issubclass(value, object)
    except TypeError:
        return False
    return True


def _find_impl(cls, registry):
    """The registered function for the nearest class of cls's."""
    mro = getattr(cls, "__mro__", None)
    if mro is not None:
        for base in mro:
            if base in registry:
                return registry[base]
    best = None
    for candidate in registry:
        if not issubclass(cls, candidate):
            continue
        if best is None or issubclass(candidate, best):
            best = candidate
        elif not issubclass(best, candidate):
            raise RuntimeError(f"Ambiguous dispatch: {best} or {candidate}")
    return registry.get(best)


def singledispatch(func):
    """A decorator making func a generic function: one that calls the
    implementation registered (with .register) for its first argument's
    class, or func."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if _is_class(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            annotations = getattr(cls, "__annotations__", None)
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not _is_class(cls):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. {cls!r} is not a class."
                )
        registry[cls] = func
        dispatch_cache.clear()
        return func

    funcname = getattr(func, "__name__", "singledispatch function")

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(type(args[0]))(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


# cached_property

class cached_property:
    """A decorator making a method a property computed once per instance:
    the value is kept in the instance's __dict__, where later reads find it
    until it is deleted (or set)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it."
            )
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {name!r} property."
            ) from None
        value = cache.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            cache[name] = value
            # An instance's __dict__ here may be a copy: then the value goes
            # in by setattr (this descriptor has no __set__ to stop it).
            if instance.__dict__.get(name, _MISSING) is not value:
                setattr(instance, name, value)
        return value


# partialmethod and singledispatchmethod

class partialmethod:
    """partialmethod(func, /, *args, **keywords): as partial, for a method:
    the instance comes first, then args, then the call's own arguments."""

    def __init__(self, func, /, *args, **keywords):
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        elif not callable(func) and not hasattr(type(func), "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(f"{key}={value!r}" for key, value in self.keywords.items())
        return f"functools.{type(self).__qualname__}({', '.join(parts)})"

    def _unbound(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)

        return _method

    def __get__(self, obj, cls=None):
        func = self.func
        get = getattr(type(func), "__get__", None)
        if get is not None:
            bound = get(func, obj, cls)
            if bound is not func:
                return partial(bound, *self.args, **self.keywords)
        if obj is None:
            return self._unbound()
        return partial(func, obj, *self.args, **self.keywords)


class singledispatchmethod:
    """A method that calls the implementation registered (with .register)
    for its first argument's class after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(type(func), "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            method = dispatch(type(args[0]))
            if obj is None:
                return method(*args, **kwargs)
            return method(obj, *args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
