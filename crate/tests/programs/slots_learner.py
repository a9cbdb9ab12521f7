# __slots__ leave an instance no place for other attributes (unless a class of its MRO has none, or lists __dict__).
class A:
    __slots__ = ("x",)
class B(A):
    __slots__ = ["y"]
class C(A):
    pass
class D:
    __slots__ = ("__dict__", "z")
class P:
    __slots__ = "v"
    def __init__(self, v):
        self.v = v
b = B(); b.x = 1; b.y = 2; print(b.x, b.y)
c = C(); c.q = 5; print(c.q)
d = D(); d.anything = 1; print(d.anything)
p = P(3); print(p.v)
for obj, name in [(A(), "y"), (b, "z"), (p, "w")]:
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
