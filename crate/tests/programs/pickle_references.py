# pickle keeps shared and recursive references: one object sent twice is one
# object again (lists, dicts, sets, bytearrays, instances and tuples).
import pickle
shared = [1, 2]
a, b = pickle.loads(pickle.dumps([shared, shared]))
print("shared list stays shared:", a is b)
loop = [1]
loop.append(loop)
back = pickle.loads(pickle.dumps(loop))
print("recursive list:", back, back[1] is back)
d = {}
d["self"] = d
e = pickle.loads(pickle.dumps(d))
print(e, e["self"] is e)
class Node:
    def __init__(self, v):
        self.v = v
        self.next = self
n = Node(3)
m = pickle.loads(pickle.dumps(n))
print(m.next is m, m.v)
t = ([],)
t[0].append(t)
u = pickle.loads(pickle.dumps(t))
print(u[0][0] is u)
ba = bytearray(b"x")
x, y = pickle.loads(pickle.dumps((ba, ba)))
print(x is y)
print(pickle.loads(pickle.dumps(frozenset({1, 2}))), pickle.loads(pickle.dumps({3})))
t2 = (1, 2)
p, q = pickle.loads(pickle.dumps([t2, t2]))
print(p is q, p)
print(pickle.loads(pickle.dumps(((), ()))))
