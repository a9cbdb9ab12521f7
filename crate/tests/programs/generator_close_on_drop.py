class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    r = R("G")
    yield 1
    yield 2
g = gen()
next(g)
del g
print("gen deleted")
def gen2():
    try:
        yield 1
    finally:
        print("gen2 finally")
g = gen2()
next(g)
del g
print("after gen2")
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in g():
    print(x)
    break
print("after break")
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
def w():
    with CM():
        yield 1
        yield 2
it = w()
print(next(it))
it = None
print("done")
