# A class's __delattr__ runs for `del obj.name` and delattr(); its
# super().__delattr__ deletes (a property's deleter still runs).


class Audited:
    def __init__(self):
        self.a = 1
        self.b = 2
        self._hidden = 3

    def __delattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"cannot delete private {name}")
        print("deleting", name)
        super().__delattr__(name)

    @property
    def c(self):
        return "c"

    @c.deleter
    def c(self):
        print("c's deleter")


x = Audited()
del x.a
delattr(x, "b")
print(vars(x))
del x.c
try:
    del x._hidden
except AttributeError as e:
    print(e)
try:
    del x.missing
except AttributeError as e:
    print("AttributeError:", e)
object.__delattr__(x, "_hidden")
print(vars(x))
print(hasattr(x, "c"), x.c)
