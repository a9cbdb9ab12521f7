class Resource:
    count = 0
    def __init__(self, name):
        self.name = name
        Resource.count += 1
        print(f"{name} acquired")
    def __del__(self):
        Resource.count -= 1
        print(f"{self.name} released")

r = Resource("A")
del r
print("after del", Resource.count)

def f():
    x = Resource("B")
    print("in f")
f()
print("after f")

r2 = Resource("C")
r2 = None
print("after rebind")

for i in range(3):
    t = Resource(f"loop{i}")
print("after loop")

items = [Resource("L1"), Resource("L2")]
items.pop()
print("popped")
items.clear()
print("cleared")

d = {"k": Resource("D1")}
d["k"] = 5
print("dict replaced")

class Child(Resource):
    pass
c = Child("child")
del c

class Saver:
    saved = []
    def __del__(self):
        print("resurrect")
        Saver.saved.append(self)
s = Saver()
del s
print(len(Saver.saved))
Saver.saved.clear()
print("cleared saver (no second __del__)")

def gen():
    r = Resource("G")
    yield 1
    yield 2
g = gen()
next(g)
del g
print("gen deleted")

class Holder:
    def __init__(self):
        self.r = Resource("held")
h = Holder()
del h
print("holder gone")

z1 = Resource("Z1")
z2 = Resource("Z2")
_private = Resource("_p")
last = Resource("last")
print("end")
