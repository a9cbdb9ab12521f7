"""Names for the interpreter's own types, and the objects behind
`list[int]` (GenericAlias) and `int | None` (UnionType), which CPython makes
in C: the interpreter builds them through this module when a built-in type
is subscripted or two types are joined with `|`."""

import sys

FunctionType = type(lambda: None)
LambdaType = FunctionType
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


def _gen():
    yield


GeneratorType = type(_gen())
del _gen


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
del _C


def _type_repr(obj):
    """How an annotation's argument reads: `int`, `list[int]`, `...`."""
    if obj is ...:
        return "..."
    if obj is NoneType:
        return "None"
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if isinstance(obj, FunctionType):
        return obj.__qualname__
    return repr(obj)


class GenericAlias:
    """`list[int]`: the type it was made from and its arguments. Calling
    it makes an instance of the type; annotations only read it."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        if not self.__args__:
            inside = "()"
        else:
            inside = ", ".join(_type_repr(a) for a in self.__args__)
        return _type_repr(self.__origin__) + "[" + inside + "]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    # `class MyList(list[int])`: the class statement subclasses `list`.
    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, item):
        raise TypeError(repr(self) + " is not a generic class")

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


class UnionType:
    """`int | None`: the types joined, each once, in the order written."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        return _check(isinstance, obj, self.__args__)

    def __subclasscheck__(self, cls):
        return _check(issubclass, cls, self.__args__)


def _check(test, obj, args):
    for arg in args:
        if isinstance(arg, GenericAlias):
            raise TypeError(
                test.__name__ + "() argument 2 cannot contain a parameterized generic"
            )
    return any(test(obj, arg) for arg in args)


def _union(left, right):
    """`left | right` of two types (None stands for NoneType)."""
    args = []
    for side in (left, right):
        if side is None:
            side = NoneType
        elif not isinstance(side, (type, GenericAlias, UnionType)):
            return NotImplemented
        for arg in side.__args__ if isinstance(side, UnionType) else (side,):
            if arg not in args:
                args.append(arg)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class SimpleNamespace:
    """Attributes given as keywords, with a readable repr."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable, **kwargs).items():
            setattr(self, key, value)

    def __repr__(self):
        items = ", ".join(k + "=" + repr(v) for k, v in self.__dict__.items())
        return "namespace(" + items + ")"

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, bases, ns, **(kwds or {}))
