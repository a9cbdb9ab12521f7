class ValidationError(ValueError):
    """A value failed a check."""
class RangeError(ValidationError):
    def __init__(self, value, low, high):
        super().__init__(f"{value} not in [{low}, {high}]")
        self.value, self.low, self.high = value, low, high
class NoInit(Exception):
    pass
class WithStr(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return f"error code {self.code}"
def check(v):
    if not isinstance(v, int):
        raise ValidationError("not an int:", v)
    if not 0 <= v <= 10:
        raise RangeError(v, 0, 10)
    return v
for v in [5, 42, "x"]:
    try:
        print("ok", check(v))
    except RangeError as e:
        print("RangeError:", e, e.value, e.args)
    except ValidationError as e:
        print("ValidationError:", e, e.args, repr(e))
e = NoInit("a", 2)
print(e, repr(e), e.args, str(NoInit()), repr(NoInit()))
w = WithStr(404)
print(w, repr(w), w.args, w.code)
try:
    raise w
except Exception as caught:
    print("caught", caught is w, type(caught).__name__)
print(issubclass(RangeError, ValueError), issubclass(RangeError, LookupError), RangeError.__mro__[1:3])
try:
    try:
        check(99)
    except (TypeError, ValidationError) as e:
        print("tuple catch:", type(e).__name__)
        raise
except RangeError as again:
    print("reraised:", again.high)
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print("TypeError:", e)
e2 = RangeError(1, 2, 3)
e2.note = "extra"
print(e2.note, sorted(k for k in vars(e2)))
raise WithStr(500)
