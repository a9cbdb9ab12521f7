import json, enum
from collections import defaultdict, Counter

# json writes an int or float subclass as the number it is.
class C(enum.IntEnum):
    A = 1
class F(float):
    def __repr__(self): return "F!"
print(json.dumps([C.A, {C.A: F(2.5)}, F(1.0)]))

# json.loads takes bytes in any UTF encoding.
print(json.loads(b'{"a": [1]}'), json.loads(bytearray(b'[2]')), json.loads('[1, "\u00e9"]'.encode('utf-16')))
print(json.loads('{"x": 3}'.encode('utf-32-be')), json.loads('"é"'.encode('utf-8-sig')), json.loads('[3]'.encode('utf-16-le')))

# dict.__getitem__ of a dict subclass asks its __missing__.
d = defaultdict(int)
print(d.__getitem__("x"), d, dict.__getitem__(d, "y"), Counter().__getitem__("q"))
class D(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 2
    def __missing__(self, k): return 21
print(D()["a"], D(a=1)["a"])
class Plain(dict):
    pass
try: print(Plain().__getitem__("x"))
except KeyError as e: print("KeyError", e)
try: print(dict.__getitem__(Plain(a=1), "b"))
except KeyError as e: print("KeyError", e)
