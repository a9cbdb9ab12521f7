import collections.abc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Callable, Hashable,
    Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Collection, Reversible,
    KeysView, ItemsView, ValuesView, ByteString)
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple
import abc

def gen():
    yield 1

class WithIter:
    def __iter__(self):
        return iter([1, 2])

class WithNext(WithIter):
    def __next__(self):
        return 1

class NotIter:
    __iter__ = None

class Eq:
    def __eq__(self, other):
        return True

class Call:
    def __call__(self):
        pass

P = namedtuple("P", "x y")
values = [[], (), "", b"", bytearray(), {}, set(), frozenset(), range(3), 5, 2.5, None, True,
          gen(), iter([]), iter(()), iter(""), iter({}), iter(range(2)), zip(), map(len, []), enumerate([]),
          {}.keys(), {}.values(), {}.items(), len, gen, lambda: 0, print, int, WithIter, WithIter(), WithNext(), NotIter(),
          Eq(), Call(), OrderedDict(), defaultdict(int), deque(), Counter(), P(1, 2), reversed([])]
abcs = [Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Collection, Reversible,
        Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, KeysView, ItemsView, ValuesView, ByteString]
print(" " * 14, " ".join(a.__name__[:4] for a in abcs))
labels = ["list", "tuple", "str", "bytes", "bytearray", "dict", "set", "frozenset", "range", "int",
          "float", "None", "bool", "generator", "list iter", "tuple iter", "str iter", "dict iter",
          "range iter", "zip", "map", "enumerate", "keys", "values", "items", "len", "gen func",
          "lambda", "print", "class int", "class WithIter", "WithIter()", "WithNext()", "NotIter()",
          "Eq()", "Call()", "OrderedDict", "defaultdict", "deque", "Counter", "namedtuple", "reversed"]
for label, v in zip(labels, values):
    print(f"{label:14}", " ".join(f"{'Y' if isinstance(v, a) else '.':>4}" for a in abcs))

print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, Iterable), issubclass(int, Hashable))
print(issubclass(list, Hashable), issubclass(Eq, Hashable), issubclass(WithNext, Iterator))
print(collections.abc.Sequence, Mapping.__mro__)


class Registry(Mapping):
    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry({"a": 1, "b": 2})
print(r["a"], r.get("z", 0), "a" in r, "z" in r, len(r))
print(list(r.keys()), list(r.items()), list(r.values()))
print(type(r.keys()).__name__, r == {"a": 1, "b": 2}, r != {"a": 1}, dict(r))
print(("a", 1) in r.items(), 2 in r.values(), r.keys() & {"a", "q"})


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s["A"] = 1
s.update({"B": 2}, c=3)
print(dict(s), s.setdefault("d", 4), s.pop("a"), s.pop("zz", "none"), s.popitem(), len(s))
try:
    s.pop("missing")
except KeyError as e:
    print("KeyError", e)


class Half(Mapping):
    def __getitem__(self, key):
        return 1


try:
    Half()
except TypeError as e:
    print(e)


class Seq(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


q = Seq(5)
print(list(q), 9 in q, list(reversed(q)), q.index(16), q.count(4))
try:
    q.index(7)
except ValueError as e:
    print("ValueError", repr(e))


class MyList(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


m = MyList()
m.append(1)
m.extend([2, 3])
m += [4]
m.reverse()
print(list(m), m.pop(), m.pop(0), list(m))
m.remove(2)
print(list(m), isinstance(m, Sequence), isinstance(m, Hashable))


class Bits(Set):
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, Bits([2]) < a, a == Bits([3, 2, 1]))
print(a.isdisjoint([9]), isinstance(a, Hashable))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Duck:
    def area(self):
        return 1


Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(int, Shape))
Sequence.register(Duck)
print(isinstance(Duck(), Sequence), isinstance(Duck(), Iterable), isinstance(Duck(), Mapping))


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), iter(Countdown(1)).n)


def check(x):
    match x:
        case Mapping():
            return "mapping"
        case Sequence():
            return "sequence"
        case _:
            return "other"


print(check({}), check([1]), check(r), check(5))
try:
    issubclass(1, Iterable)
except TypeError as e:
    print(e)


print(collections.abc.Iterable.__module__, Sequence.__abstractmethods__ == frozenset({"__getitem__", "__len__"}))
print(isinstance(collections.abc, type(collections)), collections.abc is __import__("collections").abc)


class Flier(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Flier:
            return any("fly" in B.__dict__ for B in C.__mro__ if hasattr(B, "__dict__")) or NotImplemented
        return NotImplemented


class Bird:
    def fly(self):
        return "flap"


@Flier.register
class Plane:
    pass


print(isinstance(Bird(), Flier), isinstance(1, Flier), issubclass(Plane, Flier), Plane.__name__)
print(abc.ABCMeta, type(Flier), type(Sequence).__name__, isinstance(Flier, abc.ABCMeta))
