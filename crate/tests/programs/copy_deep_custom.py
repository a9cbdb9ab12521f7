import copy

class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.meta = {"name": "m"}

    def __repr__(self):
        return f"Matrix({self.rows})"

m1 = Matrix([[1, 2], [3, 4]])
m2 = copy.copy(m1)
m3 = copy.deepcopy(m1)
m1.rows[0][0] = 99
m1.meta["name"] = "changed"
print(m1, m2, m3, m2.meta, m3.meta)
print(m2.rows is m1.rows, m3.rows is m1.rows)

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)

a = [1, [2, 3]]
b = a[:]
c = list(a)
d = copy.deepcopy(a)
a[1].append(4)
print(b, c, d)

class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __copy__(self):
        print("custom copy of", self.name)
        n = Node(self.name + "'")
        n.links = self.links
        return n

    def __deepcopy__(self, memo):
        print("custom deepcopy of", self.name)
        n = Node(self.name + "''")
        memo[id(self)] = n
        n.links = copy.deepcopy(self.links, memo)
        return n

x = Node("x")
y = Node("y")
x.links.append(y)
y.links.append(x)
cx = copy.copy(x)
dx = copy.deepcopy(x)
print(cx.name, cx.links is x.links, dx.name, dx.links[0].name, dx.links[0].links[0] is dx)
shared = [1]
tup = (shared, shared)
dt = copy.deepcopy(tup)
print(dt[0] is dt[1], dt[0] is shared)
print(copy.copy((1, 2)) is not None, copy.deepcopy("s"), copy.copy({1: [2]}))
d = {"a": {"b": [1, 2]}}
e = d.copy()
e["a"]["b"].append(3)
print(d)
import types
print(copy.deepcopy(types.SimpleNamespace(a=[1])))
