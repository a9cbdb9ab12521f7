"""The `__init__` a dataclass is given: its arguments bound and checked as a
function's are, with CPython's messages. A traceback shows no frame of this
module, as CPython's shows none for the binding of a call's arguments (its
dataclass `__init__` is made from source text)."""


def _join_names(names):
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _object_setattr(obj, name, value):
    # The last class before `object` in the MRO: its super() is object's.
    mro = type(obj).__mro__
    super(mro[-2], obj).__setattr__(name, value)


def _make_init(cls, init_fields, frozen, has_post_init, post_init_names, other_fields):
    from dataclasses import MISSING, _qualname

    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    by_name = {f.name: f for f in init_fields}
    qual = _qualname(cls, "__init__")

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            required = len([f for f in positional if f.default is MISSING and f.default_factory is MISSING])
            total = len(positional) + 1
            if required == len(positional):
                takes = str(total) + " positional argument" + ("" if total == 1 else "s")
            else:
                takes = "from " + str(required + 1) + " to " + str(total) + " positional arguments"
            given = len(args) + 1
            raise TypeError(
                qual + "() takes " + takes + " but " + str(given)
                + (" was" if given == 1 else " were") + " given"
            )
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name not in by_name:
                raise TypeError(qual + "() got an unexpected keyword argument '" + name + "'")
            if name in values:
                raise TypeError(qual + "() got multiple values for argument '" + name + "'")
            values[name] = value
        missing = [f.name for f in positional if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(
                qual + "() missing " + str(len(missing)) + " required positional argument"
                + ("" if len(missing) == 1 else "s") + ": " + _join_names(missing)
            )
        missing = [f.name for f in keyword_only if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(
                qual + "() missing " + str(len(missing)) + " required keyword-only argument"
                + ("" if len(missing) == 1 else "s") + ": " + _join_names(missing)
            )
        init_vars = []
        for f in init_fields:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                value = f.default
            if f._field_type == "_FIELD_INITVAR":
                init_vars.append(value)
                continue
            if frozen:
                _object_setattr(self, f.name, value)
            else:
                setattr(self, f.name, value)
        for f in other_fields:
            if f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                _object_setattr(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*init_vars)

    __init__.__qualname__ = qual
    return __init__
