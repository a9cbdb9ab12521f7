# Special methods of the built-in types reached through the type with an
# instance of a subclass, or through a built-in exception class:
# ValueError.__init__(self, m), Exception.__str__(e), object.__setattr__,
# dict.__init__(self, ...), list.__len__(self) in a list subclass.

class AppError(ValueError):
    def __init__(self, message, code):
        ValueError.__init__(self, message)
        self.code = code


try:
    raise AppError("bad value", 42)
except ValueError as e:
    print(type(e).__name__, e, e.args, e.code)
    print(Exception.__str__(e), repr(e))


class Quiet(Exception):
    def __str__(self):
        return "quiet: " + Exception.__str__(self)


print(str(Quiet("x", "y")), Quiet("z").args)


class WithRepr(Exception):
    def __init__(self, *args):
        Exception.__init__(self, *args)

    def __repr__(self):
        return "WithRepr!" + BaseException.__repr__(self)


print(repr(WithRepr(1, 2)), str(WithRepr(1, 2)))


class Point:
    def __init__(self, x, y):
        object.__init__(self)
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError("frozen")

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return "P" + object.__str__(self)


p = Point(1, 2)
print(p, repr(p), object.__repr__(p).startswith("<__main__.Point object at 0x"))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(object.__eq__(p, p), object.__eq__(p, 1), object.__ne__(p, 1), object.__ne__(p, p))
print(p.__eq__(p), p.__ne__(3), p.__eq__(3))
print(object.__hash__(p) == hash(p), p.__hash__() == hash(p))


class Registry(dict):
    def __init__(self, *args, **kwargs):
        self["created"] = True
        dict.__init__(self, *args, **kwargs)

    def __getitem__(self, key):
        return dict.__getitem__(self, key.lower())

    def __setitem__(self, key, value):
        dict.__setitem__(self, key.lower(), value)

    def __contains__(self, key):
        return dict.__contains__(self, key.lower())

    def __repr__(self):
        return "Registry(" + dict.__repr__(self) + ")"


r = Registry({"A": 1}, b=2)
r["Name"] = "x"
print(r, r["NAME"], "name" in r, "NAME" in r, len(r), dict.__len__(r))
print(sorted(r.keys()), sorted(r.items()), r.get("a"), r.__class__.__name__)
print(Registry.__getitem__ is dict.__getitem__, Registry.get(r, "b"), dict.items(r) == r.items())
print(isinstance(r, dict), r == {"created": True, "a": 1, "b": 2, "name": "x"})
print(dict.__eq__(r, {"created": True, "a": 1, "b": 2, "name": "x"}))


class Stack(list):
    def __init__(self, items=()):
        list.__init__(self, items)
        self.pushes = 0

    def push(self, item):
        self.pushes += 1
        self.append(item)

    def __getitem__(self, index):
        return list.__getitem__(self, index) * 10

    def __len__(self):
        return list.__len__(self) + 1000


s = Stack([1, 2])
s.push(3)
print(list(s), s[0], s[-1], len(s), s.pushes, list.__len__(s), s.__class__.__name__)
print(s + [4], [0] + list(s), s * 2, list.__add__(s, [9]))
s2 = Stack()
print(list(s2), list.__len__(s2))
list.__init__(s, "ab")
print(list(s), s == ["a", "b"], list.__eq__(s, ["a", "b"]), list.__contains__(s, "a"))


class Tags(set):
    def add(self, item):
        set.add(self, item.upper())

    def __repr__(self):
        return "Tags" + repr(sorted(self))


t = Tags(["x"])
t.add("y")
print(t, "Y" in t, set.__contains__(t, "x"), len(t), sorted(t | {"z"}), t.__class__)
set.__init__(t, [1, 2])
print(t, set.__len__(t))


class Counter2(dict):
    def __missing__(self, key):
        return 0


c = Counter2()
c["a"] += 1
c["a"] += 1
print(c, c["b"], sorted(c.items()), list(c.values()))
d = {"k": 1}
dict.__init__(d, [("j", 2)], z=3)
print(d)
l = [1, 2, 3]
list.__init__(l, (7,))
print(l)
try:
    list.__init__(l, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    dict.__getitem__([], 1)
except TypeError as e:
    print("TypeError:", e)


class Strict(Exception):
    def __init__(self, field):
        super().__init__(f"{field} is required")
        self.field = field


class Stricter(Strict):
    def __init__(self, field, level):
        Strict.__init__(self, field)
        self.level = level

    def __str__(self):
        return f"[{self.level}] " + super().__str__()


try:
    raise Stricter("name", 2)
except Strict as e:
    print(e, "|", e.args, e.field, e.level, isinstance(e, Exception))
print(KeyError.__str__(KeyError("k")), ValueError.__repr__(ValueError("v", 1)))
print(OSError.__name__, KeyError.__class__, ValueError.__init__.__name__)
err = RuntimeError("first")
RuntimeError.__init__(err, "second", 2)
print(err.args, str(err))
err.__init__("third")
print(err.args, err.__str__(), err.__repr__())


class Loud:
    def __getattr__(self, name):
        return "dynamic " + name


loud = Loud()
print(loud.anything, loud.__eq__(loud), loud.__ne__(loud), loud == loud)
print(object.__str__(loud).startswith("<__main__.Loud object"), object.__format__(loud, "") == str(loud))
object.__setattr__(loud, "real", 1)
print(loud.real, "real" in loud.__dict__)
object.__delattr__(loud, "real")
print(loud.real)
