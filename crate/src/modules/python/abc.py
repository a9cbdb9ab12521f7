"""Abstract base classes: a class with abstract methods left cannot be instantiated.

The check is made in `ABC.__new__`, as this page's Python has no metaclasses.
"""

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


def _own(cls):
    return getattr(cls, "__dict__", None) or {}


def _abstract_names(cls):
    names = []
    seen = set()
    for klass in cls.__mro__:
        for name, value in _own(klass).items():
            if name in seen:
                continue
            seen.add(name)
            if getattr(value, "__isabstractmethod__", False):
                names.append(name)
    names.sort()
    return names


class ABCMeta:
    """Only a name here: this page's Python has no metaclasses."""

    def __init__(self, *args, **kwargs):
        raise TypeError("ABCMeta cannot be used as a metaclass in this page's Python")


class ABC:
    """Helper base class: subclass it to make an abstract base class."""

    def __new__(cls, *args, **kwargs):
        names = _abstract_names(cls)
        if names:
            raise TypeError(
                "Can't instantiate abstract class " + cls.__name__ + " with abstract method"
                + ("" if len(names) == 1 else "s") + " " + ", ".join(names)
            )
        return super().__new__(cls)

    @classmethod
    def register(cls, subclass):
        return subclass


def get_cache_token():
    return 0
