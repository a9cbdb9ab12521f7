import inspect

def greet(name, greeting="Hello", *args, punctuation="!", **extra):
    """Say hello."""
    return f"{greeting}, {name}{punctuation}"

sig = inspect.signature(greet)
print(sig)
for pname, param in sig.parameters.items():
    default = "-" if param.default is inspect.Parameter.empty else repr(param.default)
    print(f"{pname:12} {str(param.kind):24} {default}")

bound = sig.bind("Ann", punctuation="?")
bound.apply_defaults()
print(bound.arguments)
print(greet(*bound.args, **bound.kwargs))

class Shape:
    def area(self):
        return 0
    @staticmethod
    def unit():
        return Shape()
    @classmethod
    def make(cls):
        return cls()

print(inspect.isfunction(greet), inspect.isfunction(Shape.area), inspect.ismethod(Shape().area))
print(inspect.isclass(Shape), inspect.isclass(Shape()))
print(inspect.ismethod(Shape.make), inspect.isbuiltin(len), inspect.isbuiltin(greet))
print(inspect.getdoc(greet))
print(inspect.signature(lambda a, b=2: None))
print([name for name, _ in inspect.getmembers(Shape, inspect.isfunction)])

def gen():
    yield 1

print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isgeneratorfunction(greet))
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
try:
    sig.bind("a", "b", "c", nope=1, punctuation=".")
    print("bound with extra keyword")
except TypeError as e:
    print("TypeError:", e)
