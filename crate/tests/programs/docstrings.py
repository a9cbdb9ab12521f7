"""Module doc."""
import functools
class A:
    """Class doc."""
    def m(self):
        """Method doc.

        More lines."""
        return 1
    def n(self):
        x = "not a doc"
        return x
class B(A):
    pass
def f():
    'single quoted'
def g():
    f"not {1} doc"
lam = lambda: 0
print(__doc__, A.__doc__, A.m.__doc__, A.n.__doc__, B.__doc__, f.__doc__, g.__doc__, lam.__doc__)
print(A().m.__doc__, A.__dict__['__doc__'])
@functools.wraps(f)
def w(): pass
print(w.__doc__)
f.__doc__ = 'changed'
print(f.__doc__)
help_text = [x.__doc__ for x in (A.m, f)]
print(help_text)
print(B().__doc__, A().__doc__, sorted(k for k in B.__dict__ if not k.startswith("__w")))
