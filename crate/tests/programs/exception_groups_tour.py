# Exception groups (3.11): building them, looking inside, splitting them.
errors = [ValueError("bad width"), TypeError("bad type"), ValueError("bad height")]
group = ExceptionGroup("validation failed", errors)
print(group)
print(repr(group))
print(group.message, len(group.exceptions))
print(type(group).__name__, isinstance(group, Exception), isinstance(group, BaseExceptionGroup))

# BaseExceptionGroup picks ExceptionGroup when it can.
print(type(BaseExceptionGroup("x", [KeyError("k")])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)

values, others = group.split(ValueError)
print("values:", values.exceptions)
print("others:", others.exceptions)
print(group.subgroup(TypeError))
print(group.subgroup(OSError))
print(group.subgroup(lambda e: "height" in str(e)).exceptions)
print(group.split(Exception)[0] is group)

nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(repr(nested.subgroup(ValueError)))
print(repr(nested.split(TypeError)[1]))

def leaves(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e

print([repr(e) for e in leaves(nested)])

group.add_note("checked 3 fields")
part = group.subgroup(TypeError)
print(part.__notes__, part.__notes__ is group.__notes__)
print(repr(group.derive([KeyError("new")])))

class Failures(ExceptionGroup):
    def derive(self, excs):
        return Failures(self.message.upper(), excs)

f = Failures("several", [ValueError(1), KeyError(2)])
print(repr(f.split(KeyError)))

for args in [("m",), (1, [ValueError()]), ("m", []), ("m", 5), ("m", [1]), ("m", [SystemExit()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    group.split("ValueError")
except TypeError as e:
    print("TypeError:", e)

try:
    raise ExceptionGroup("plain except", [ValueError("v")])
except ExceptionGroup as eg:
    print("caught whole:", repr(eg))
