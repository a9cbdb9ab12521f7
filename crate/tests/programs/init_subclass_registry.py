class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin {key!r}")
        Plugin.registry[key] = cls
        cls.key = key

class Csv(Plugin):
    def load(self, text):
        return [line.split(",") for line in text.splitlines()]

class Json(Plugin, name="json-lines"):
    def load(self, text):
        return [line.strip() for line in text.splitlines()]

class Upper(Csv):
    def load(self, text):
        return [[cell.upper() for cell in row] for row in super().load(text)]

print(sorted(Plugin.registry))
for key in sorted(Plugin.registry):
    cls = Plugin.registry[key]
    print(key, cls.__name__, cls.key, cls().load("a,b\nc,d"))

try:
    class Csv2(Plugin, name="csv"):
        pass
except ValueError as e:
    print("ValueError:", e)

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    subclasses = []
    def __init_subclass__(cls):
        Base.subclasses.append(cls.__name__)

class A(Base): pass
class B(A): pass
class C(Base, object): pass
print(Base.subclasses)
print([c.__name__ for c in Base.__subclasses__()])
