"""Abstract base classes: ABCMeta refuses to instantiate a class with abstract
methods left, and lets isinstance/issubclass answer for registered classes and
by a class's __subclasshook__ (collections.abc is built on it)."""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token"]


def abstractmethod(funcobj):
    """Mark a method abstract: subclasses must override it to be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated spelling of `classmethod(abstractmethod(f))`."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated spelling of `staticmethod(abstractmethod(f))`."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated spelling of `property(abstractmethod(f))`."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if isinstance(value, property):
        # A property is abstract when one of its functions is.
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    return getattr(value, "__isabstractmethod__", False)


def _abstract_names(cls):
    names = []
    seen = set()
    for klass in cls.__mro__:
        for name, value in (getattr(klass, "__dict__", None) or {}).items():
            if name in seen:
                continue
            seen.add(name)
            if _is_abstract(value):
                names.append(name)
    names.sort()
    return names


# Bumped by every register(): negative answers cached before it are stale.
_invalidation = 0


class ABCMeta(type):
    """Metaclass of the abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset(_abstract_names(cls))
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = set()
        cls._abc_negative = set()
        cls._abc_version = _invalidation
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        names = cls.__abstractmethods__
        if names:
            names = sorted(names)
            raise TypeError(
                "Can't instantiate abstract class " + cls.__name__ + " with abstract method"
                + ("" if len(names) == 1 else "s") + " " + ", ".join(names)
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Make `subclass` a virtual subclass of this ABC; returns it."""
        global _invalidation
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidation += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_version != _invalidation:
            cls._abc_negative = set()
            cls._abc_version = _invalidation
        elif subclass in cls._abc_negative:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            (cls._abc_cache if ok else cls._abc_negative).add(subclass)
            return bool(ok)
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for other in cls._abc_registry + cls._abc_subclasses:
            if issubclass(subclass, other):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative.add(subclass)
        return False


class ABC(metaclass=ABCMeta):
    """Helper base class: subclass it to make an abstract base class."""

    __slots__ = ()


def get_cache_token():
    return _invalidation
