import sys
print(__name__, sys.argv[0].endswith(".py") or sys.argv[0] == "main.py", type(sys.argv))
if __name__ == "__main__":
    print("main!")
print(*[1, 2, 3], sep=" | ", end=" <end>\n")
print("flush", flush=True)
print(list(zip("ab", [1, 2], strict=True)))
try:
    list(zip("abc", [1], strict=True))
except ValueError as e:
    print(e)
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "cd")))
print((255).bit_count(), (10).bit_length(), int.__name__, len.__name__, print.__name__, repr(len), repr(int), type(len), type(print))
class K:
    """Doc of K."""
    a = 1
    def m(self): "method doc"
print(K.__doc__, K.m.__doc__, [n for n in dir(K) if not n.startswith("_")], sorted(vars(K(), ).items()))
k = K(); k.x = 5
print(vars(k), k.__dict__, hasattr(k, "__dict__"))
def f(a, b=1, *c, d, **e):
    "f doc"
    local_var = 1
    return locals()
print(f(1, d=2), f.__defaults__, f.__code__.co_argcount, f.__code__.co_varnames[:3], f.__name__)
print(sorted(globals().keys())[:5])
print(type(None), type(...), ..., NotImplemented, type(NotImplemented).__name__)
print(id(1) == id(1), callable(len), isinstance(len, type(print)))
print(eval("1 + 2 * 3"), eval("x + 1", {"x": 10}), exec("y = 5") or "exec ok")
ns = {}
exec("def g(): return 42\nz = g()", ns)
print(ns["z"], sorted(k for k in ns if k != "__builtins__"))
print(round(-0.5), round(1.5), round(2.5), -0.0, 0.0 == -0.0, abs(-0.0), 1 / 3 * 3 == 1.0, 0.1 * 3 == 0.3)
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(None), not None, [] or "default", 0 and 1, 1 and 2, None or 0 or "")
print(chr(65) + chr(0x263A), ord("\n"), "\u00e9", "\x41", r"\n raw", b"\x41")
print(pow(2, 10), pow(2, 0.5), pow(-8, 1/3), 2 ** -1, (-2) ** 2, -2 ** 2, 10 ** -2, 0 ** 0, 0.0 ** 0)
print(hex(255), oct(255), bin(255), int("777", 8), int("zz", 36), format(255, "x"), f"{255:08b}")
print(list(range(10, 0, -3)), range(5)[-1], range(0, 10, 2)[1:3], len(range(1, 100, 7)), 5 in range(10), range(3) == range(0, 3), repr(range(2, 9, 2)))
print(sorted("bca"), sorted([3, 1, 2], reverse=True), list(reversed(range(3))), sorted({"b": 1, "a": 2}), sorted([(1, "b"), (1, "a")]))
print(isinstance(3, (str, int)), isinstance(True, bool), type(3) is int, type(True) == int, issubclass(type, object))
print(len({"a": 1}), len("héllo"), len(b"h\xc3\xa9"), len([[]]), len(range(0)))
print(min("hello"), max([1, 5, 3], key=lambda x: -x), min(3, 1, key=lambda x: x), max([], default=None), sum([1.5, 2.5], start=10))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(c.isupper() for c in "ABc"))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), abs(-7 // 2), 7 // -2, -7 % 3, 7.0 // 2, 7 % 2.5)
print(str(10**20), float(10**20), int(1e20), 1e20 == 10**20, 2**53 + 1 == float(2**53 + 1), 1/7)
d = dict(a=1, b=2)
print(d.get("c"), d.get("c", 0), d.setdefault("c", 3), d.pop("a"), d.pop("zz", None), d, d.popitem(), list(d.items()), dict.fromkeys("ab", []), d | {"x": 1}, {**d, "y": 2})
d2 = {"b": 1}
d2.update([("c", 2)], d=4); d2 |= {"e": 5}
print(d2, list(d2), d2.keys() & {"b", "z"}, "b" in d2, 1 in d2.values(), ("b", 1) in d2.items())
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.remove(3); print(l.pop(), l.pop(0), l.index(2), l.count(1), l)
l.sort(key=lambda v: -v); print(l, l.copy() == l, l[::-1], l * 2, [0] * 3, l + [9])
l.reverse(); l[1:3] = ["a", "b", "c"]; del l[0]; print(l, l[-2:], l[:-2])
l.clear(); print(l, len(l))
t = (1, 2, 3)
print(t.count(1), t.index(3), t + (4,), t * 2, t[1:], (1,), (), tuple("ab"), t < (1, 3), max(t), hash(t) == hash((1, 2, 3)))
print(input.__name__)
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError", e)
