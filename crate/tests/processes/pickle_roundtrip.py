# pickle.dumps / pickle.loads of common values (what crosses between
# processes), shared and recursive references, classes and functions by name,
# and the values pickle refuses, with CPython's exception types and messages.
import pickle
import threading
from collections import OrderedDict, namedtuple, deque

Point = namedtuple("Point", "x y")


class Box:
    def __init__(self, item):
        self.item = item

    def __eq__(self, other):
        return type(other) is Box and other.item == self.item


def double(x):
    return 2 * x


values = [None, True, False, 0, -1, 2**100, 3.5, float("inf"), 1 + 2j, "",
          "héllo ☃", b"\x00\xff", bytearray(b"ab"), (), (1, (2, 3)), [1, [2]],
          {"a": 1, 2: [3]}, {1, 2, 3}, frozenset({4}), range(1, 10, 2),
          slice(1, None, 2), OrderedDict(b=1, a=2), deque([1, 2]), Point(1, 2),
          Box([1, 2]), ValueError("bad", 7), Ellipsis, NotImplemented, int, len]
for v in values:
    back = pickle.loads(pickle.dumps(v))
    shown = back.item if isinstance(v, Box) else back.args if isinstance(v, ValueError) else back
    print(type(back).__name__, repr(shown), back == v)
print("singletons stay themselves:", [pickle.loads(pickle.dumps(v)) is v for v in values[-4:]])

plain = [v for v in values if not isinstance(v, ValueError)]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(plain, protocol=proto)) == plain
print("protocols 0 ..", pickle.HIGHEST_PROTOCOL, "round-trip; default", pickle.DEFAULT_PROTOCOL)

shared = [1, 2]
a, b = pickle.loads(pickle.dumps([shared, shared]))
print("shared list stays shared:", a is b)
loop = [1]
loop.append(loop)
back = pickle.loads(pickle.dumps(loop))
print("recursive list:", back, back[1] is back)
print("function by name:", pickle.loads(pickle.dumps(double)) is double)
print("class by name:", pickle.loads(pickle.dumps(Box)) is Box)
print("type of dumps:", type(pickle.dumps(1)).__name__)


def make_inner():
    def inner():
        pass
    return inner


def gen():
    yield 1


for bad in [lambda: 0, make_inner(), threading.Lock(), gen(), threading]:
    try:
        pickle.dumps(bad)
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")
try:
    pickle.loads(b"not a pickle")
except Exception as e:
    print(f"{type(e).__module__}.{type(e).__name__}: {e}")
