from typing import Protocol, runtime_checkable, TypeVar, NewType, Iterable
T = TypeVar("T")
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class HasName(Protocol):
    name: str
class SupportsLess(Protocol[T]):
    def __lt__(self, other: T) -> bool: ...
class F:
    def close(self): print("closed")
class G:
    close = None
class N:
    def __init__(self): self.name = "n"
print(isinstance(F(), Closable), isinstance(G(), Closable), isinstance(1, Closable), issubclass(F, Closable), issubclass(int, Closable))
print(isinstance(N(), HasName), isinstance(F(), HasName))
try: issubclass(N, HasName)
except TypeError as e: print(e)
try: isinstance(1, SupportsLess)
except TypeError as e: print(e)
try: Closable()
except TypeError as e: print(e)
class Impl(Closable):
    def close(self): return 1
print(Impl().close(), isinstance(Impl(), Closable))
try: runtime_checkable(F)
except TypeError as e: print(e)
def biggest(xs: Iterable[SupportsLess[T]]) -> T: return max(xs)
print(biggest([3, 1, 2]))
UserId = NewType("UserId", int)
print(UserId(3), UserId, UserId.__supertype__)
try:
    class X(UserId): pass
except TypeError as e: print(e)
print(int | UserId if False else "")
