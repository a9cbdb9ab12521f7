# An instance's __dict__ changed through the dict changes the instance:
# the learners' `self.__dict__.update(kwargs)` and `vars(obj)[name] = v`.


class Config:
    def __init__(self, **options):
        self.__dict__.update(options)

    def __repr__(self):
        pairs = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Config({pairs})"


c = Config(debug=True, level=3)
print(c.debug, c.level, c)
vars(c)["name"] = "app"
c.__dict__["level"] = 4
print(c.name, c.level, c)
del c.__dict__["debug"]
print(hasattr(c, "debug"), c)


class Record:
    def __init__(self, data):
        for key, value in data.items():
            self.__dict__[key] = value

    def __setattr__(self, name, value):
        raise AttributeError(f"Record is read-only: {name}")


r = Record({"id": 7, "title": "first"})
print(r.id, r.title, sorted(vars(r)))
try:
    r.id = 8
except AttributeError as e:
    print(e)


class Point:
    pass


p = Point()
p.__dict__.update(x=1, y=2)
p.__dict__.setdefault("z", 0)
print(p.x + p.y, vars(p))
