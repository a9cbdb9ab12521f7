"""Generic (shallow and deep) copying operations.

copy(x) makes a shallow copy, deepcopy(x) a deep one; a class can control
how its instances are copied with __copy__ and __deepcopy__(memo), or with
__reduce_ex__ / __reduce__ (and __getstate__ / __setstate__) as pickle uses
them. The memo of deepcopy maps id(original) to its copy, so an object
reached twice is copied once and a cycle is copied as a cycle.

The page's objects have no __reduce_ex__ of their own, so an instance of a
class without one is copied as CPython's object.__reduce_ex__(4) would have
it: a new object from cls.__new__(cls), its attributes (__getstate__ if the
class defines one, else its __dict__), and for a subclass of list, dict or
set its items.
"""


class Error(Exception):
    pass


error = Error  # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]


def _function():
    pass


class _Class:
    def _method(self):
        pass


def _builtin_types(*names):
    """The types of these builtins that the page has."""
    found = []
    for make in names:
        try:
            found.append(make())
        except NameError:
            pass
    return found


# Immutable objects: a copy is the object itself.
_ATOMIC = [
    type(None),
    int,
    float,
    complex,
    bool,
    str,
    type,
    range,
    type(len),
    type(_function),
    property,
] + _builtin_types(
    lambda: bytes,
    lambda: type(Ellipsis),
    lambda: type(NotImplemented),
)


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)

    if isinstance(x, type):
        return x

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = {}
for _t in _ATOMIC + [tuple, type(_Class()._method)]:
    _copy_dispatch[_t] = _copy_immutable
_copy_dispatch[list] = lambda x: x.copy()
_copy_dispatch[dict] = lambda x: x.copy()
_copy_dispatch[set] = lambda x: x.copy()
for _t in _builtin_types(lambda: frozenset):
    _copy_dispatch[_t] = _copy_immutable
for _t in _builtin_types(lambda: bytearray):
    _copy_dispatch[_t] = lambda x: x.copy()
del _t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif isinstance(x, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    return type(x)([deepcopy(a, memo) for a in x])


def _deepcopy_method(x, memo):  # Copy instance methods
    try:
        func, obj = x.__func__, x.__self__
    except AttributeError:
        # The page's bound methods do not show their parts: the method
        # itself, as for any other object that cannot be taken apart.
        return x
    return type(x)(func, deepcopy(obj, memo))


_deepcopy_dispatch = {}
for _t in _ATOMIC:
    _deepcopy_dispatch[_t] = _deepcopy_atomic
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[set] = _deepcopy_set
for _t in _builtin_types(lambda: frozenset):
    _deepcopy_dispatch[_t] = _deepcopy_set
_deepcopy_dispatch[type(_Class()._method)] = _deepcopy_method
del _t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _newobj(cls, *args):
    """copyreg.__newobj__: a new, uninitialised instance of cls."""
    return cls.__new__(cls, *args)


def _reduce(x):
    """What x.__reduce_ex__(4) gives: how to make x again."""
    cls = type(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(x, 4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None:
        return reductor(x)
    return _default_reduce(x)


def _default_reduce(x):
    """object.__reduce_ex__(4) for an object whose class defines neither
    __reduce_ex__ nor __reduce__."""
    cls = type(x)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        state = getstate(x)
    elif hasattr(x, "__dict__"):
        state = x.__dict__ or None
    elif isinstance(x, (list, dict, set)):
        state = None
    else:
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    if isinstance(x, set):
        # set.__reduce__: the class called with a list of the items.
        return cls, (list(x),), state
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    getnewargs = getattr(cls, "__getnewargs__", None)
    args = () if getnewargs is None else tuple(getnewargs(x))
    return _newobj, (cls,) + args, state, listitems, dictitems


def _update_dict(y, state):
    """y.__dict__.update(state), attribute by attribute where y.__dict__ is
    a copy (as the page's objects give)."""
    attributes = y.__dict__
    if attributes is y.__dict__:
        attributes.update(state)
    else:
        for key, value in state.items():
            setattr(y, key, value)


def _reconstruct(
    x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy
):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                _update_dict(y, state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del _Class, _function
