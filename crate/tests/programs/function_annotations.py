from typing import List, Optional, Dict
def f(a: int, b: "str" = 'x', *args: float, c: List[int], d=1, **kw: dict) -> Optional[int]:
    return None
print(f.__annotations__)
def g(x): pass
print(g.__annotations__, g.__dict__)
g.__annotations__['x'] = int
print(g.__annotations__)
class K:
    def m(self, v: int) -> "K": return self
print(K.m.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
import functools
@functools.wraps(f)
def h(*a, **k): return f(*a, **k)
print(h.__annotations__ == f.__annotations__, h.__name__)
def bad(x: Undefined): pass
