# Operators on the built-in containers and bools, as CPython's: in-place
# operators change the object itself (another name sees it), sets are
# ordered by inclusion, & | ^ of two bools is a bool, and a reflected
# method is the other class's only.

a = [1, 2]
b = a
a *= 3
print(a is b, b)
a *= 0
print(b)
a += (7, 8)
print(b)

s = {1, 2, 3}
t = s
s -= {1}
print(s is t, sorted(t))
s &= {2, 5}
print(sorted(t))
s |= {9, 10}
print(sorted(t))
s ^= {9, 11}
print(sorted(t))
try:
    s = s | [1]
except TypeError as e:
    print("TypeError:", e)

d = {"a": 1}
e = d
d |= {"b": 2}
d |= [("c", 3)]
print(d is e, e)
try:
    x = d | [("z", 0)]
except TypeError as err:
    print("TypeError:", err)

print(True & False, True | False, True ^ True, False ^ True, True & 3, 2 | False)
print(type(True & True).__name__, type(True & 1).__name__)

print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} <= {1, 2})
print({1, 2} > {1}, {1} > {1}, {1} >= {1}, {2} >= {1}, set() < {0})
try:
    print({1} < [1])
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        return Money(self.cents + other)

    def __repr__(self):
        return f"Money({self.cents})"


print(5 + Money(1), sum([Money(2), Money(3)][:1]))
try:
    print(Money(1) + Money(2))
except TypeError as e:
    print("TypeError:", e)
print(list(reversed({"x": 1, "y": 2, "z": 3})))
