import pickle, threading
from collections import OrderedDict, namedtuple, deque
Point = namedtuple("Point", "x y")
class Box:
    def __init__(self, item):
        self.item = item
    def __eq__(self, other):
        return type(other) is Box and other.item == self.item
def double(x):
    return 2 * x
values = [None, True, False, 0, -1, 2**100, 3.5, float("inf"), "", "héllo ☃", b"\x00\xff", bytearray(b"ab"), (), (1, (2, 3)), [1, [2]],
          {"a": 1, 2: [3]}, {1, 2, 3}, range(1, 10, 2), slice(1, None, 2), OrderedDict(b=1, a=2), deque([1, 2]), Point(1, 2),
          Box([1, 2]), ValueError("bad", 7), NotImplemented, int, len]
for v in values:
    back = pickle.loads(pickle.dumps(v))
    shown = back.item if isinstance(v, Box) else back.args if isinstance(v, ValueError) else back
    print(type(back).__name__, repr(shown), back == v)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, type(pickle.dumps(1)).__name__)
print("function by name:", pickle.loads(pickle.dumps(double)) is double)
print("class by name:", pickle.loads(pickle.dumps(Box)) is Box)
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
        print(f"{type(e).__module__}.{type(e).__name__}: {str(e).split(' at ')[0]}")
for data in [b"not a pickle", b""]:
    try:
        pickle.loads(data)
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")
try:
    pickle.dumps(1, protocol=9)
except ValueError as e:
    print(e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
try:
    try:
        int("x")
    except pickle.PickleError:
        print("a ValueError is not a PickleError")
except ValueError:
    print("ValueError passes by except pickle.PickleError")
try:
    pickle.dumps(lambda: 0)
except pickle.PickleError as e:
    print("caught as PickleError:", type(e).__name__)
