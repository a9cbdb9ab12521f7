import threading

class Res:
    live = 0
    def __init__(self, name):
        self.name = name
        Res.live += 1
    def __del__(self):
        Res.live -= 1
        print(f"{self.name} closed, live={Res.live}")

print(Res("temp").name)
x = Res("attr").name
print("x is", x, Res.live)

def scope():
    r = Res("scoped")
    return r.name
scope()
print("live after scope:", Res.live)

def worker(n):
    r = Res(f"thread-{n}")
    del r
    print(f"worker {n} done")

t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()

pool = [Res(f"pool-{i}") for i in range(3)]
pool.remove(pool[1])
print("removed one", Res.live)
pool = pool[:1]
print("sliced", Res.live)

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("node", self.name)

chain = Node("a", Node("b", Node("c")))
chain = None
print("chain gone")

class Counter:
    def __del__(self):
        print("counter at exit")
keep = {"c": Counter()}
pairs = [(1, Res("in-tuple"))]
print("end")
