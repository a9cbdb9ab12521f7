# Calls with ** mappings among other keywords: the order the callee sees
# them in, and CPython's errors for a keyword given twice or a non-mapping.
def f(a, b=1, c=2): return (a, b, c)
try:
    print(f(1, **{'c': 2}, c=3))
except TypeError as e: print(e)
try:
    print(f(1, c=3, **{'c': 2}))
except TypeError as e: print(e)
class A:
    def m(self, **k): return k
try:
    print(A().m(**{'x': 1}, x=2))
except TypeError as e: print(e)
try:
    print(dict(**{'x': 1}, x=2))
except TypeError as e: print(e)
try:
    print(f(1, **{'c': 2}, **{'c': 3}))
except TypeError as e: print(e)
def g(*a, **k): return list(k)
print(g(*[1], **{"z": 1}, w=2))
print(g(x=0, **{"z": 1}, w=2))
class A:
    def __init__(self, **k): pass
for call in [lambda: A(**{'x': 1}, x=2), lambda: print(**{'sep': 1}, sep=2), lambda: [].sort(**{'key': 1}, key=2), lambda: (lambda **k: k)(**{'x': 1}, x=2), lambda: A(**{1: 2}), lambda: A(**5), lambda: A(x=1, **{'x': 2})]:
    try:
        call()
    except TypeError as e:
        print(e)
from collections import Counter, OrderedDict, UserDict
def show(**k):
    return list(k.items())
print(show(a=1, **Counter(b=2, c=3), d=4))
print(show(**OrderedDict(z=1), **UserDict(y=2), x=3))
class Sub(dict):
    pass
print(show(**Sub(q=1), r=2))
print(show(**{}, **{}))
