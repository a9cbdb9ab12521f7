"""Names for type annotations. Subscripting them gives readable aliases;
nothing is checked at run time, as in CPython."""

import sys as _sys

TYPE_CHECKING = False


def _type_repr(obj):
    if obj is None or obj is type(None):
        return "NoneType"
    if obj is ...:
        return "..."
    if isinstance(obj, (list, tuple)) and not isinstance(obj, _Alias):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    text = repr(obj)
    if text.startswith("<class '") and text.endswith("'>"):
        text = text[8:-2]
        if text.startswith("builtins."):
            text = text[9:]
        return text
    if text.startswith("<function "):
        return getattr(obj, "__qualname__", None) or obj.__name__
    return text


class _Special:
    """A bare name like `Any` or `NoReturn`."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing." + self._name)


Any = _Special("Any")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
LiteralString = _Special("LiteralString")


class _Alias:
    """`List`, `Dict`…: subscript them for `typing.List[int]`."""

    def __init__(self, name, origin, nparams=None, args=None, inst=True):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams
        self.__args__ = args
        self._inst = inst

    def __getitem__(self, params):
        if self.__args__ is not None:
            raise TypeError(repr(self) + " is not a generic class")
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams is not None and len(params) != self._nparams:
            raise TypeError(
                "Too " + ("many" if len(params) > self._nparams else "few")
                + " arguments for " + repr(self) + "; actual " + str(len(params))
                + ", expected " + str(self._nparams)
            )
        return _Alias(self._name, self.__origin__, self._nparams, params, self._inst)

    def __repr__(self):
        if self.__args__ is None:
            return "typing." + self._name
        return "typing." + self._name + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(
                "Type " + self._name + " cannot be instantiated; use "
                + self._name.lower() + "() instead"
            )
        return self.__origin__(*args, **kwargs)


class _TupleAlias(_Alias):
    def __getitem__(self, params):
        if self.__args__ is not None:
            raise TypeError(repr(self) + " is not a generic class")
        if not isinstance(params, tuple):
            params = (params,)
        return _TupleAlias(self._name, self.__origin__, None, params, self._inst)

    def __repr__(self):
        if self.__args__ == ():
            return "typing.Tuple[()]"
        return _Alias.__repr__(self)


class _CallableAlias(_Alias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        return _CallableAlias(self._name, self.__origin__, None, (args, result), self._inst)

    def __repr__(self):
        if self.__args__ is None:
            return "typing.Callable"
        args, result = self.__args__
        return "typing.Callable[" + _type_repr(args) + ", " + _type_repr(result) + "]"


class _UnionForm:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type.")
            params = (params[0], None)
        flat = []
        for p in params:
            if p is None:
                p = type(None)
            if isinstance(p, _Union):
                items = p.__args__
            else:
                items = (p,)
            for item in items:
                if item not in flat:
                    flat.append(item)
        if len(flat) == 1:
            return flat[0]
        return _Union(tuple(flat))


class _Union:
    def __init__(self, args):
        self.__args__ = args
        self.__origin__ = Union

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[" + _type_repr(other) + "]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if not isinstance(other, _Union):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(len(self.__args__))


Union = _UnionForm("Union")
Optional = _UnionForm("Optional")


class _Wrapper:
    """`Literal`, `Final`, `ClassVar`…: one form, subscripted."""

    def __init__(self, name, args=None):
        self._name = name
        self.__args__ = args
        self._is_classvar = name == "ClassVar"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Wrapper(self._name, params)

    def __repr__(self):
        if self.__args__ is None:
            return "typing." + self._name
        if self._name == "Literal":
            inner = ", ".join(repr(a) for a in self.__args__)
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        return "typing." + self._name + "[" + inner + "]"

    def __eq__(self, other):
        if not isinstance(other, _Wrapper):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))


Literal = _Wrapper("Literal")
Final = _Wrapper("Final")
ClassVar = _Wrapper("ClassVar")
Annotated = _Wrapper("Annotated")
Required = _Wrapper("Required")
NotRequired = _Wrapper("NotRequired")
Concatenate = _Wrapper("Concatenate")
TypeGuard = _Wrapper("TypeGuard")
Unpack = _Wrapper("Unpack")


class TypeVar:
    """A type variable: `T = TypeVar('T')`; its repr is `~T`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar("AnyStr")


class Generic:
    """The class `Generic[T]` gives: subclass it for a generic class."""

    # `Stack[int]` of a generic class: an alias that makes a `Stack` when called.
    def __class_getitem__(cls, params):
        import types

        return types.GenericAlias(cls, params)

    # `__parameters__`: the type variables of its generic bases, those of a
    # `Generic[...]` base when it has one.
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        bases = cls.__dict__.get("__orig_bases__", ())
        params = []
        for base in bases:
            if isinstance(base, _GenericParams):
                params = list(base.__args__)
                break
            for arg in getattr(base, "__parameters__", ()):
                if arg not in params:
                    params.append(arg)
        cls.__parameters__ = tuple(params)


# Named in its class statement (a `__name__` set after would be found by
# its subclasses); the name `Generic` is then the form that subscripts.
_GenericBase = Generic


class _GenericParams:
    """`Generic[T]`: as a base, it stands for the class `Generic`, unless a
    later base is a generic alias too (`Stack[T]`), which brings it."""

    def __init__(self, params):
        self.__origin__ = _GenericBase
        self.__args__ = params if isinstance(params, tuple) else (params,)
        self.__parameters__ = self.__args__

    def __mro_entries__(self, bases):
        import types

        later = bases[bases.index(self) + 1 :]
        if any(isinstance(b, (types.GenericAlias, _GenericParams)) for b in later):
            return ()
        return (_GenericBase,)

    def __repr__(self):
        return "typing.Generic[" + ", ".join(repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _GenericParams):
            return NotImplemented
        return self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__args__)


class _GenericForm:
    def __getitem__(self, params):
        return _GenericParams(params)

    def __repr__(self):
        return "<class 'typing.Generic'>"

    def __call__(self, *args, **kwargs):
        raise TypeError("Type Generic cannot be instantiated; it can be used only as a base class")


Generic = _GenericForm()


# What a protocol's members are not: the machinery of classes and of typing.
_NOT_MEMBERS = frozenset((
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__qualname__", "__parameters__", "__orig_bases__",
    "__orig_class__", "_is_protocol", "_is_runtime_protocol", "__init_subclass__",
))


def _protocol_members(cls):
    """The names a protocol asks for: its own and its protocol bases' attributes
    and annotations."""
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
            if not name.startswith("_abc_") and name not in _NOT_MEMBERS:
                names.add(name)
    return names


class _ProtocolMeta(type):
    """Checks of a @runtime_checkable protocol: an object is an instance when
    it has every member (a method set to None does not count)."""

    def __instancecheck__(cls, instance):
        if cls in type(instance).__mro__:
            return True
        if not cls.__dict__.get("_is_protocol", False):
            return False
        _check_runtime(cls)
        for name in _protocol_members(cls):
            if not hasattr(instance, name):
                return False
            if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not isinstance(other, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in other.__mro__:
            return True
        if not cls.__dict__.get("_is_protocol", False):
            return False
        _check_runtime(cls)
        members = _protocol_members(cls)
        if any(not callable(getattr(cls, name, None)) for name in members):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        return all(getattr(other, name, None) is not None for name in members)


def _check_runtime(cls):
    if not cls.__dict__.get("_is_runtime_protocol", False):
        raise TypeError(
            "Instance and class checks can only be used with @runtime_checkable protocols"
        )


class Protocol(_GenericBase, metaclass=_ProtocolMeta):
    """Base class for structural types: a class that subclasses Protocol
    directly is a protocol, checked by isinstance() once @runtime_checkable."""

    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    def __init__(self, *args, **kwargs):
        if type(self).__dict__.get("_is_protocol", False):
            raise TypeError("Protocols cannot be instantiated")


def _no_init(self, *args, **kwargs):
    if type(self).__dict__.get("_is_protocol", False):
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    if not (isinstance(cls, _ProtocolMeta) and cls.__dict__.get("_is_protocol", False)):
        raise TypeError(
            "@runtime_checkable can be only applied to protocol classes, got %r" % (cls,)
        )
    cls._is_runtime_protocol = True
    return cls


List = _Alias("List", list, 1, inst=False)
Dict = _Alias("Dict", dict, 2, inst=False)
Set = _Alias("Set", set, 1, inst=False)
FrozenSet = _Alias("FrozenSet", set, 1, inst=False)
Tuple = _TupleAlias("Tuple", tuple, inst=False)
Type = _Alias("Type", type, 1, inst=False)
Callable = _CallableAlias("Callable", callable, inst=False)
Iterable = _Alias("Iterable", None, 1, inst=False)
Iterator = _Alias("Iterator", None, 1, inst=False)
Generator = _Alias("Generator", None, 3, inst=False)
AsyncIterable = _Alias("AsyncIterable", None, 1, inst=False)
AsyncIterator = _Alias("AsyncIterator", None, 1, inst=False)
AsyncGenerator = _Alias("AsyncGenerator", None, 2, inst=False)
Awaitable = _Alias("Awaitable", None, 1, inst=False)
Coroutine = _Alias("Coroutine", None, 3, inst=False)
Reversible = _Alias("Reversible", None, 1, inst=False)
Container = _Alias("Container", None, 1, inst=False)
Collection = _Alias("Collection", None, 1, inst=False)
Sequence = _Alias("Sequence", None, 1, inst=False)
MutableSequence = _Alias("MutableSequence", None, 1, inst=False)
AbstractSet = _Alias("AbstractSet", None, 1, inst=False)
MutableSet = _Alias("MutableSet", None, 1, inst=False)
Mapping = _Alias("Mapping", None, 2, inst=False)
MutableMapping = _Alias("MutableMapping", None, 2, inst=False)
ItemsView = _Alias("ItemsView", None, 2, inst=False)
KeysView = _Alias("KeysView", None, 1, inst=False)
ValuesView = _Alias("ValuesView", None, 1, inst=False)
ContextManager = _Alias("ContextManager", None, 1, inst=False)
Hashable = _Alias("Hashable", None, 0, inst=False)
Sized = _Alias("Sized", None, 0, inst=False)
DefaultDict = _Alias("DefaultDict", None, 2, inst=False)
OrderedDict = _Alias("OrderedDict", None, 2, inst=False)
Deque = _Alias("Deque", None, 1, inst=False)
Counter = _Alias("Counter", None, 1, inst=False)
ChainMap = _Alias("ChainMap", None, 2, inst=False)
Text = str


def cast(typ, val):
    """Return val unchanged: a cast only informs a type checker."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    mro = getattr(obj, "__mro__", None)
    if mro is not None:
        for klass in reversed(mro):
            own = getattr(klass, "__dict__", None) or {}
            names = globalns
            if names is None:
                module = _sys.modules.get(getattr(klass, "__module__", None))
                names = getattr(module, "__dict__", {})
            for name, value in own.get("__annotations__", {}).items():
                hints[name] = _evaluated_hint(value, names, dict(own) if localns is None else localns)
        return hints
    if globalns is None:
        module = _sys.modules.get(getattr(obj, "__module__", None))
        globalns = getattr(module, "__dict__", {})
    annotations = getattr(obj, "__annotations__", None) or {}
    return {name: _evaluated_hint(value, globalns, localns) for name, value in annotations.items()}


def _evaluated_hint(value, globalns, localns):
    """An annotation as `get_type_hints` gives it: a string (a forward
    reference, `-> "Employee"`) evaluated, None as `NoneType`."""
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    args = getattr(tp, "__args__", None)
    return () if args is None else tuple(args)


class NewType:
    """A distinct name for a type, for the type checker: called, it returns
    its argument unchanged."""

    def __init__(self, name, tp):
        import sys

        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError, NotImplementedError):
            self.__module__ = "__main__"

    def __call__(self, x):
        return x

    def __repr__(self):
        return self.__module__ + "." + self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        # The error names the class being made, which only its base learns.
        supertype = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(
                    "Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{name} = NewType({name!r}, {supertype})`"
                )

        return (Dummy,)


def _make_namedtuple(typename, fields, defaults, module):
    import collections

    names = [name for name, _ in fields]
    cls = collections.namedtuple(typename, names, defaults=defaults, module=module)
    cls.__annotations__ = dict(fields)
    return cls


class _NamedTupleMeta(type):
    """Makes `class P(NamedTuple): x: int` a namedtuple class, its fields
    the class's annotations; calling `NamedTuple` is the functional form."""

    def __new__(mcls, name, bases, namespace):
        if namespace.get("_root", False):
            return super().__new__(mcls, name, bases, namespace)
        annotations = namespace.get("__annotations__", {})
        defaults = []
        for field in annotations:
            if field in namespace:
                defaults.append(namespace[field])
            elif defaults:
                later = "s" if len(defaults) > 1 else ""
                raise TypeError(
                    f"Non-default namedtuple field {field} cannot follow "
                    f"default field{later} {', '.join(n for n in annotations if n in namespace)}"
                )
        cls = _make_namedtuple(
            name,
            list(annotations.items()),
            defaults or None,
            namespace.get("__module__", "__main__"),
        )
        for key, value in namespace.items():
            if key in annotations or key in ("__annotations__", "__qualname__", "__module__"):
                continue
            if key in ("_fields", "_field_defaults", "_make", "_replace", "_asdict", "__new__", "__init__", "__slots__", "__getnewargs__"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(cls, key, value)
        cls.__qualname__ = namespace.get("__qualname__", name)
        return cls

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        return _make_namedtuple(typename, list(fields), None, "__main__")


class NamedTuple(metaclass=_NamedTupleMeta):
    """`class P(NamedTuple): x: int = 0`, or `NamedTuple('P', [('x', int)])`."""

    _root = True


class _TypedDictMeta(type):
    """Makes `class Movie(TypedDict, total=False): title: str` a class whose
    calls make plain dicts; it knows its keys from the annotations, its
    bases' first."""

    def __new__(mcls, name, bases, namespace, total=True):
        if namespace.get("_root", False):
            return super().__new__(mcls, name, bases, namespace)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = namespace.get("__annotations__", {})
        annotations.update(own)
        for key in own:
            (required if total else optional).add(key)
        namespace = dict(namespace)
        namespace.pop("_root", None)
        namespace["__annotations__"] = annotations
        namespace["__required_keys__"] = frozenset(required)
        namespace["__optional_keys__"] = frozenset(optional)
        namespace["__total__"] = total
        return super().__new__(mcls, name, (dict,), namespace)

    def __init__(cls, name, bases, namespace, total=True):
        pass

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(metaclass=_TypedDictMeta):
    """`class Movie(TypedDict): title: str`; its instances are dicts."""

    _root = True
