"""Classes whose methods are made from their annotated fields.

The generated methods are compiled from source made for each class (with
`exec`), as CPython's are: `__init__` takes the fields as parameters.
"""

import copy as _copy


__all__ = [
    "dataclass",
    "field",
    "Field",
    "FrozenInstanceError",
    "InitVar",
    "MISSING",
    "fields",
    "asdict",
    "astuple",
    "replace",
    "is_dataclass",
    "make_dataclass",
]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    """`InitVar[int]`: a field passed to `__init__` and `__post_init__`,
    never stored on the instance."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = getattr(self.type, "__name__", None)
        if name is None or not isinstance(self.type, type):
            name = repr(self.type)
        return "dataclasses.InitVar[" + name + "]"


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = "_FIELD"

    def __repr__(self):
        return (
            "Field(name=" + repr(self.name)
            + ",type=" + repr(self.type)
            + ",default=" + repr(self.default)
            + ",default_factory=" + repr(self.default_factory)
            + ",init=" + repr(self.init)
            + ",repr=" + repr(self.repr)
            + ",hash=" + repr(self.hash)
            + ",compare=" + repr(self.compare)
            + ",metadata=" + repr(self.metadata)
            + ",kw_only=" + repr(self.kw_only)
            + ",_field_type=" + self._field_type + ")"
        )


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass: its default and which methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if getattr(annotation, "_is_classvar", False):
        return True
    if isinstance(annotation, str):
        return annotation.startswith("ClassVar") or annotation.startswith("typing.ClassVar")
    return False


def _is_unhashable(value):
    try:
        hash(value)
    except TypeError:
        return True
    return False


class _DataclassParams:
    """The arguments a dataclass was made with (`__dataclass_params__`)."""

    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return "_DataclassParams(" + ",".join(
            f"{name}={getattr(self, name)!r}" for name in self.__slots__) + ")"


def _own(cls):
    return getattr(cls, "__dict__", None) or {}


def _qualname(cls, name):
    return cls.__qualname__ + "." + name


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


def _make_function(cls, name, params, body, namespace):
    """A method compiled from source, as CPython's dataclasses makes them: it
    binds its arguments and reads its fields as any Python function does,
    so it is as fast as one written by hand and its errors are CPython's."""
    # Its body from line 3, as CPython's (whose `def` is nested in another
    # at line 1): a traceback through it shows CPython's line numbers.
    source = "\ndef " + name + "(" + ", ".join(params) + "):\n"
    source += "".join("    " + line + "\n" for line in (body or ["pass"]))
    exec(source, namespace)
    function = namespace[name]
    function.__qualname__ = _qualname(cls, name)
    return function


def _make_init(cls, init_fields, frozen, has_post_init, post_init_names, other_fields):
    names = {f.name for f in init_fields}
    self_name = "__dataclass_self__" if "self" in names else "self"
    namespace = {"__dataclass_HAS_FACTORY__": _HAS_DEFAULT_FACTORY,
                 "__dataclass_object_setattr__": _object_setattr}
    positional = [self_name]
    keyword_only = []
    body = []

    def store(f, value):
        if frozen:
            body.append("__dataclass_object_setattr__(" + self_name + ", "
                        + repr(f.name) + ", " + value + ")")
        else:
            body.append(self_name + "." + f.name + " = " + value)

    for f in init_fields:
        param = f.name
        value = f.name
        if f.default_factory is not MISSING:
            factory = "__dataclass_factory_" + f.name + "__"
            namespace[factory] = f.default_factory
            param += "=__dataclass_HAS_FACTORY__"
            value = (factory + "() if " + f.name + " is __dataclass_HAS_FACTORY__ else "
                     + f.name)
        elif f.default is not MISSING:
            default = "__dataclass_dflt_" + f.name + "__"
            namespace[default] = f.default
            param += "=" + default
        (keyword_only if f.kw_only else positional).append(param)
        if f._field_type != "_FIELD_INITVAR":
            store(f, value)
    for f in other_fields:
        if f.default_factory is not MISSING:
            factory = "__dataclass_factory_" + f.name + "__"
            namespace[factory] = f.default_factory
            store(f, factory + "()")
        elif f.default is not MISSING:
            default = "__dataclass_dflt_" + f.name + "__"
            namespace[default] = f.default
            store(f, default)
    if has_post_init:
        init_vars = [f.name for f in init_fields if f._field_type == "_FIELD_INITVAR"]
        body.append(self_name + ".__post_init__(" + ", ".join(init_vars) + ")")
    params = positional + (["*"] + keyword_only if keyword_only else [])
    return _make_function(cls, "__init__", params, body, namespace)


def _make_repr(cls, repr_fields):
    active = set()
    fields_text = ", ".join(f.name + "={self." + f.name + "!r}" for f in repr_fields)
    text = _make_function(cls, "__repr__", ["self"],
                          ["return f" + repr("(" + fields_text + ")")], {})

    def __repr__(self):
        key = id(self)
        if key in active:
            return "..."
        active.add(key)
        try:
            return type(self).__qualname__ + text(self)
        finally:
            active.discard(key)

    __repr__.__qualname__ = _qualname(cls, "__repr__")
    return __repr__


def _fields_tuple(owner, fields):
    return "(" + "".join(owner + "." + f.name + ", " for f in fields) + ")"


def _make_compare(cls, name, compare_fields, op):
    body = [
        "if other.__class__ is self.__class__:",
        "    return " + _fields_tuple("self", compare_fields) + " " + op + " "
        + _fields_tuple("other", compare_fields),
        "return NotImplemented",
    ]
    return _make_function(cls, name, ["self", "other"], body, {})


def _make_hash(cls, hash_fields):
    return _make_function(cls, "__hash__", ["self"],
                          ["return hash(" + _fields_tuple("self", hash_fields) + ")"], {})


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field '" + name + "'")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field '" + name + "'")
        super(cls, self).__delattr__(name)

    __setattr__.__qualname__ = _qualname(cls, "__setattr__")
    __delattr__.__qualname__ = _qualname(cls, "__delattr__")
    return __setattr__, __delattr__


def _set_new(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = _own(base).get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            params = _own(base).get("__dataclass_params__")
            if params is not None and params.frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_only_now = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or annotation is _KW_ONLY_TYPE:
            kw_only_now = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        if _is_classvar(annotation):
            f._field_type = "_FIELD_CLASSVAR"
        elif isinstance(annotation, InitVar) or annotation is InitVar:
            f._field_type = "_FIELD_INITVAR"
        if f._field_type != "_FIELD":
            if f.default_factory is not MISSING:
                raise TypeError("field " + name + " cannot have a default factory")
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if f._field_type == "_FIELD" and f.default is not MISSING and _is_unhashable(f.default):
            raise ValueError(
                "mutable default " + str(type(f.default)) + " for field "
                + name + " is not allowed: use default_factory"
            )
        own.append(f)

    for f in own:
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
        all_fields[f.name] = f

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("'" + name + "' is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen and any(
            _own(base).get("__dataclass_fields__") is not None for base in cls.__mro__[1:]
        ):
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    real = [f for f in all_fields.values() if f._field_type == "_FIELD"]
    init_fields = [f for f in all_fields.values() if f._field_type != "_FIELD_CLASSVAR" and f.init]

    if init:
        seen_default = False
        for f in init_fields:
            if f.kw_only:
                continue
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument '" + f.name + "' follows default argument")
        has_post_init = hasattr(cls, "__post_init__")
        others = [f for f in real if not f.init]
        _set_new(cls, "__init__", _make_init(cls, init_fields, frozen, has_post_init, None, others))

    if repr:
        _set_new(cls, "__repr__", _make_repr(cls, [f for f in real if f.repr]))

    compare_fields = [f for f in real if f.compare]
    if eq:
        _set_new(cls, "__eq__", _make_compare(cls, "__eq__", compare_fields, "=="))

    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (
            ("__lt__", "<"),
            ("__le__", "<="),
            ("__gt__", ">"),
            ("__ge__", ">="),
        ):
            if _set_new(cls, name, _make_compare(cls, name, compare_fields, op)):
                raise TypeError(
                    "Cannot overwrite attribute " + name + " in class " + cls.__name__
                    + ". Consider using functools.total_ordering"
                )

    if frozen:
        setter, deleter = _make_frozen(cls, set(f.name for f in real))
        if _set_new(cls, "__setattr__", setter):
            raise TypeError("Cannot overwrite attribute __setattr__ in class " + cls.__name__)
        if _set_new(cls, "__delattr__", deleter):
            raise TypeError("Cannot overwrite attribute __delattr__ in class " + cls.__name__)

    hash_fields = [f for f in real if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class " + cls.__name__)
        cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args:
        _set_new(cls, "__match_args__", tuple(f.name for f in init_fields if not f.kw_only))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add `__init__`, `__repr__`, `__eq__`… to a class from its annotated fields."""

    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
        return _add_slots(cls, frozen) if slots else cls

    if cls is None:
        return wrap
    return wrap(cls)


def _add_slots(cls, frozen):
    """`@dataclass(slots=True)`: the class made again with its fields as
    `__slots__` (their defaults stay on the fields, not on the class)."""
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    names = tuple(f.name for f in fields(cls) if f.name not in inherited)
    namespace = dict(cls.__dict__)
    for name in names + ("__dict__", "__weakref__"):
        namespace.pop(name, None)
    namespace["__slots__"] = names
    namespace["__qualname__"] = cls.__qualname__
    slotted = type(cls)(cls.__name__, cls.__bases__, namespace)
    if frozen:
        setter, deleter = _make_frozen(slotted, set(f.name for f in fields(cls)))
        slotted.__setattr__ = setter
        slotted.__delattr__ = deleter
    return slotted


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """A dataclass named `cls_name` made from `fields`: names, `(name, type)`
    or `(name, type, Field or default)`."""
    from collections import _KEYWORDS

    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in annotations:
            raise TypeError(f"Field name duplicated: {name!r}")
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    # CPython 3.11 makes the class with types.new_class, which names its module.
    namespace.setdefault("__module__", "types")
    cls = type(cls_name, tuple(bases), namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def fields(class_or_instance):
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type == "_FIELD")


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def replace(obj, /, **changes):
    """A new instance of obj's class, with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type == "_FIELD_CLASSVAR":
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(
                    "field " + f.name + " is declared with init=False, it cannot be specified with replace()"
                )
            continue
        if f.name not in changes:
            if f._field_type == "_FIELD_INITVAR" and f.default is MISSING:
                raise ValueError("InitVar '" + f.name + "' must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
