# Runaway recursion through the data model, as learners write it by mistake:
# CPython counts a level for each Python frame and one more for each call it
# makes in C (calling a class, an instance's __call__, repr(), hash(), a
# comparison), so these stop at about half the depth of plain recursion, and
# the error names the level that was one too many.
import traceback


class Node:
    def __init__(self):
        self.child = Node()


class Loop:
    def __call__(self):
        return self()


class Same:
    def __eq__(self, other):
        return self == other


class Hashed:
    def __hash__(self):
        return hash(self)


class Shown:
    def __repr__(self):
        return f"Shown({self!r})"


class Named:
    def __init__(self, name):
        self.name = name

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self.name = value


def deep(n):
    return deep(n + 1)


attempts = [
    ("a class that makes itself in __init__", lambda: Node()),
    ("__call__ calling itself", lambda: Loop()()),
    ("__eq__ comparing itself", lambda: Same() == Same()),
    ("__hash__ hashing itself", lambda: hash(Hashed())),
    ("__repr__ with !r of itself", lambda: repr(Shown())),
    ("a setter setting itself", lambda: Named("Ann")),
    ("plain recursion", lambda: deep(0)),
]
for label, attempt in attempts:
    try:
        attempt()
    except RecursionError as error:
        frames = traceback.extract_tb(error.__traceback__)
        print(f"{label}: {len(frames)} frames, {error}")

# f-string conversions are not the names str, repr and ascii.
str, repr, ascii = "shadowed", None, 0
print(f"{'é'!s} {'é'!r} {'é'!a} {3=}")
