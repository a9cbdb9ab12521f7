# Annotations with built-in generics (list[int]), unions of types (int | None),
# __class_getitem__, the types module, and type.mro().
import types
from typing import Optional
print(repr(list[int]), repr(dict[str, tuple[int, ...]]), repr(int | None), repr(list[int] | None), (int|str)==(str|int), (int|str).__args__)
print(list[int].__origin__, list[int].__args__, list[int] == list[int], type(list[int]), type(int|str))
print(list[int]([1,2]))
try: isinstance([], list[int])
except TypeError as e: print(e)
print(isinstance(1, int|str), isinstance(None, int|None), issubclass(bool, int|str), isinstance(2.0, int | str))
print(repr(int | int), repr(int | list[int]), repr(types.SimpleNamespace(a=1, b='x')))
try: int[int]
except TypeError as e: print(e)
print(type[int], tuple[()], repr(list['X']))
def f(x: list[int], y: dict[str, tuple[int, ...]] = None) -> set[str] | None:
    return set()
print(f([]), f.__annotations__)
z: list[int] = []
class Node:
    def __init__(self, value: int, children: list["Node"] | None = None):
        self.value = value
        self.children = children or []
    def __class_getitem__(cls, item):
        return f"Node of {item}"
print(Node(1).children, Node[int])
class Plain: pass
try: Plain[int]
except TypeError as e: print(e)
ns = types.SimpleNamespace(x=1, y=[2])
ns.z = 3
print(ns, ns.x, ns == types.SimpleNamespace(x=1, y=[2], z=3))
print(types.FunctionType, isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), types.NoneType)
print(isinstance(int, type), isinstance(3, type), type(int))
try: 3 | int
except TypeError as e: print(e)
print(Optional[int], type.mro(bool) if hasattr(type, 'mro') else '')
class A: pass
class B(A): pass
print(B.mro(), int.mro(), type.mro(B), KeyError.mro())
