# Corners of the data model: __hash__ set to None by __eq__, a class's
# __subclasses__(), a function's __closure__ and __code__.
from dataclasses import dataclass


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# A class that defines __eq__ without __hash__ is unhashable.
class A:
    def __eq__(self, other):
        return True


print(A.__hash__, A().__hash__, "__hash__" in A.__dict__, A.__dict__["__hash__"])
attempt("hash(A())", lambda: hash(A()))
attempt("{A()}", lambda: {A()})
attempt("{A(): 1}", lambda: {A(): 1})


class B(A):
    pass


print(B.__hash__)
attempt("hash(B())", lambda: hash(B()))


class C(A):
    __hash__ = object.__hash__


print(C.__hash__ is object.__hash__, type(hash(C())).__name__)


class D:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 5


class E(D):
    def __eq__(self, other):
        return False


print(hash(D()), E.__hash__)
attempt("hash(E())", lambda: hash(E()))


class F:
    __hash__ = None


attempt("hash(F())", lambda: hash(F()))
T = type("T", (), {"__eq__": lambda s, o: True})
print(T.__hash__)
attempt("hash(T())", lambda: hash(T()))


class N(list):
    pass


class S(str):
    def __eq__(self, other):
        return True


print(N.__hash__, S.__hash__)
attempt("hash(N())", lambda: hash(N()))
attempt("hash(S())", lambda: hash(S("x")))


@dataclass
class P:
    x: int


@dataclass(frozen=True)
class Q:
    x: int


print(P.__hash__, hash(Q(1)) == hash((1,)))
attempt("hash(P(1))", lambda: hash(P(1)))


class Meta(type):
    def __eq__(cls, other):
        return True


class X(metaclass=Meta):
    pass


print(Meta.__hash__)
attempt("hash(X)", lambda: hash(X))
import collections.abc

print(isinstance(A(), collections.abc.Hashable), isinstance(D(), collections.abc.Hashable))


# A class's direct subclasses, in the order they were made.
class Root:
    pass


class Left(Root):
    pass


class Right(Root):
    pass


class Both(Left, Right):
    pass


print(Root.__subclasses__(), Left.__subclasses__(), Both.__subclasses__())
print([c.__name__ for c in Root.__subclasses__()], Right.__subclasses__()[0] is Both)


class Problem(Exception):
    pass


class Worse(Problem):
    pass


print(Problem.__subclasses__(), type.__subclasses__(Root) == Root.__subclasses__())


# A function's cells and code.
def outer(q, p):
    zeta = 1
    alpha = 2
    m = [0]

    def inner(a, b=2, *args, k, **kw):
        z = a + zeta
        return m, alpha, p, q, z

    return inner


f = outer(10, 20)
print(len(f.__closure__), [c.cell_contents for c in f.__closure__], type(f.__closure__[0]).__name__)
print(f.__code__.co_freevars, outer.__code__.co_cellvars, outer.__code__.co_varnames)
print(f.__code__.co_name, f.__code__.co_qualname, f.__code__.co_varnames, f.__code__.co_nlocals)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(outer.__closure__, (lambda a, b: a).__code__.co_varnames, (lambda: 0).__code__.co_name)
print(type(outer.__code__).__name__, outer.__code__.co_nlocals)


def late():
    def g():
        return v

    cell = g.__closure__[0]
    attempt("empty cell", lambda: cell.cell_contents)
    v = 5
    print(cell.cell_contents, g())


late()


def gen(a, /, b, *, c):
    d = 1
    yield d


print(gen.__code__.co_varnames, gen.__code__.co_argcount, gen.__code__.co_posonlyargcount)


class K:
    def m(self, x):
        return x


print(K.m.__code__.co_varnames, K().m.__code__.co_argcount, K().m.__closure__)


# `with` on what is no context manager.
class NoManager:
    pass


class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *exc):
        pass


for manager in (NoManager(), OnlyEnter(), OnlyExit(), 5):
    try:
        with manager:
            pass
    except TypeError as e:
        print(e)


# A generic class subscripted, then called.
from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self, *items):
        self.items = list(items)


class Pair(Generic[K, T]):
    pass


s = Stack[int](1, 2)
print(s.items, type(s).__name__, Stack[int], Pair[str, int], isinstance(s, Stack))
print(Stack.__mro__[-2:], Stack.__name__)
