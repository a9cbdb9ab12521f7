from functools import singledispatch, singledispatchmethod

@singledispatch
def describe(value):
    return f"something: {value!r}"

@describe.register
def _(value: int):
    return f"int {value}"

@describe.register(list)
def _(value):
    return "list of " + ", ".join(describe(v) for v in value)

@describe.register(float)
@describe.register(complex)
def _(value):
    return f"number {value}"

for v in [3, 2.5, [1, "a"], "text", 1j, True, None]:
    print(describe(v))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        raise NotImplementedError(f"cannot format {type(arg).__name__}")

    @fmt.register
    def _(self, arg: int):
        return f"{arg:,}"

    @fmt.register
    def _(self, arg: str):
        return arg.title()

    @fmt.register(tuple)
    def _(self, arg):
        return "(" + " | ".join(self.fmt(a) for a in arg) + ")"

f = Formatter()
print(f.fmt(1234567), f.fmt("hello world"), f.fmt((1000, "ab cd")))
print(describe.registry.keys() >= {object, int, list})
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[object])
try:
    f.fmt(1.5)
except NotImplementedError as e:
    print("NotImplementedError:", e)
