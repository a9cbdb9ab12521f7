class Loud:
    def upper(self):
        return "Loud.upper"
    def __init__(self, *args):
        print("Loud.__init__", args)
    def __str__(self):
        return "Loud.__str__"
    def greet(self):
        return "hello from Loud"

class S(str, Loud):
    def upper(self):
        return "S.upper -> " + super().upper()

s = S("abc")
print(s.upper(), str(s), s.greet(), S.upper is not str.upper, S.greet(s))
print(S.__str__(s), type(S.__dict__.get("upper")).__name__)

class L(list, Loud):
    pass

l = L([1, 2])
print(l, len(l), l.greet(), str(l))

class T(Loud, list):
    pass

t = T([1, 2])
print(t, len(t), str(t))

class Describe:
    def __str__(self):
        return "Describe.__str__"
    def __repr__(self):
        return "Describe.__repr__"
    def detail(self):
        return f"detail of {self.args}"

class E1(ValueError, Describe):
    pass

class E2(Describe, ValueError):
    pass

for cls in (E1, E2):
    e = cls("bad", 1)
    print(cls.__name__, str(e), repr(e), e.detail())

class Num(int, Loud):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)

n = Num(21)
print(n, n + 1, n.greet(), str(n), n.bit_length())

class Keys:
    def keys(self):
        return ["mixin"]
    def total(self):
        return sum(self.values())

class D(dict, Keys):
    pass

d = D(a=1, b=2)
print(list(d.keys()), d.total(), sorted(d))

class DD(Keys, dict):
    pass

dd = DD(a=1)
print(dd.keys(), dd.total())
raise E1("final", "error")
