class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin {key}")
        Plugin.registry[key] = cls

    def run(self, data):
        raise NotImplementedError(f"{type(self).__name__}.run")

class Upper(Plugin):
    def run(self, data):
        return data.upper()

class Reverse(Plugin, name="rev"):
    def run(self, data):
        return data[::-1]

class Broken(Plugin):
    pass

print(sorted(Plugin.registry))
for key in sorted(Plugin.registry):
    try:
        print(key, Plugin.registry[key]().run("Hello"))
    except NotImplementedError as e:
        print(key, "NotImplementedError:", e)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("created_by", "Meta")
        cls = super().__new__(mcls, name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith("_")]
        return cls
    def __repr__(cls):
        return f"<model {cls.__name__}>"

class Model(metaclass=Meta):
    pass

class User(Model):
    name = "str"
    age = "int"

print(User, User.fields, User.created_by, type(User), isinstance(User, Meta))
print(Model.fields, repr(Model))

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

s = Slotted(1, 2)
print(s.x, s.y, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print(e)

class Dup(Plugin, name="rev"):
    pass
