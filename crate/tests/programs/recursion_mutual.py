import sys
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    is_even(500)
except RecursionError as e:
    print("caught:", e)
class Node:
    def __init__(self, parent=None):
        self.parent = parent
    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()
n = Node()
for _ in range(50):
    n = Node(n)
print(n.depth())
class Loop:
    @property
    def value(self):
        return self.value
try:
    Loop().value
except RecursionError as e:
    print("property:", e)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
