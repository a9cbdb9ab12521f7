# __repr__ and __str__ that return something other than a str: the
# TypeError names the method CPython checked.
class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return 3.5


class BadBoth:
    def __repr__(self):
        return None

    def __str__(self):
        return [1]


class BadError(Exception):
    def __str__(self):
        return 7


class Meta(type):
    def __repr__(cls):
        return b"bytes"


class WithMeta(metaclass=Meta):
    pass


attempts = [
    ("repr(BadRepr())", lambda: repr(BadRepr())),
    ("str(BadRepr())", lambda: str(BadRepr())),
    ("f'{BadRepr()!r}'", lambda: f"{BadRepr()!r}"),
    ("[BadRepr()] in print", lambda: str([BadRepr()])),
    ("str(BadStr())", lambda: str(BadStr())),
    ("repr(BadStr())[:9]", lambda: repr(BadStr())[:9]),
    ("repr(BadBoth())", lambda: repr(BadBoth())),
    ("str(BadBoth())", lambda: str(BadBoth())),
    ("str(BadError())", lambda: str(BadError())),
    ("repr(WithMeta)", lambda: repr(WithMeta)),
    ("str(WithMeta)", lambda: str(WithMeta)),
    ("format(BadRepr())", lambda: format(BadRepr())),
]
for label, attempt in attempts:
    try:
        print(label, "->", attempt())
    except TypeError as error:
        print(label, "-> TypeError:", error)
