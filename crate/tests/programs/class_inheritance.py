import threading
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
d = Dog("Rex", "lab")
print(d, d.speak(), d.kind, Animal.kind, d.__dict__)
print(isinstance(d, Animal), isinstance(d, Dog), issubclass(Dog, Animal), issubclass(Animal, Dog))
print(D().who(), [c.__name__ for c in D.__mro__])
print(D.__bases__, Dog.__base__)
class TooBig(ValueError):
    pass
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
try:
    raise TooBig("way too big")
except ValueError as e:
    print("caught", type(e).__name__, e, repr(e), e.args, isinstance(e, TooBig), isinstance(e, Exception))
try:
    raise AppError(42, "bad thing")
except AppError as e:
    print("caught", e, e.code, e.args, repr(e))
try:
    raise TooBig
except LookupError:
    print("wrong")
except TooBig as e:
    print("bare class raised:", repr(e))
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
ws = [Worker(i * 1000) for i in range(4)]
for w in ws: w.start()
for w in ws: w.join()
print([w.result for w in ws], ws[0].name.startswith("Thread-"), isinstance(ws[0], threading.Thread))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, len(s), s.peek(), list(s), isinstance(s, list), 2 in s, bool(Stack()))
class Registry(dict):
    def register(self, k, v): self[k] = v
r = Registry(a=1)
r.register("b", 2)
print(r, r["b"], len(r), sorted(r))
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("negative")
        self._x = v
p = P(); p.x = 5; print(p.x)
try:
    p.x = -1
except ValueError as e:
    print("setter:", e)
class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(x): return x * 2
Counter.make(); Counter.make()
print(Counter.count, Counter.helper(4), Counter().helper(5))
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} with {self.sides} sides, area {self.area():.2f}"
    def area(self):
        raise NotImplementedError("subclasses define area()")
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
shapes = [Rect(2, 3), Square(2)]
for s in shapes:
    print(s.describe(), type(s).__name__, type(s).__mro__[1].__name__)
print(Square.__qualname__, Square.__module__, Square.__name__, repr(Square)[:30])
print(sorted(vars(Square(3)).items()))
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self):
        print("Base.__init__ for", type(self).__name__)
class Left(Base):
    def __init__(self):
        print("Left")
        super().__init__()
class Right(Base):
    def __init__(self):
        print("Right")
        super().__init__()
class Both(Left, Right):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
print([k.__name__ for k in Both.__mro__])
class Plain:
    pass
print(Plain.__bases__, issubclass(Plain, object), isinstance(Plain(), object))
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y)
raise AppError(7, "uncaught")
