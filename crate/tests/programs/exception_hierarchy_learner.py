class AppError(Exception):
    """Base for the app."""

class ConfigError(AppError):
    def __init__(self, key, problem="missing"):
        self.key = key
        self.problem = problem
        super().__init__(f"config key {key!r} is {problem}")

class NetworkError(AppError):
    def __str__(self):
        return "network: " + super().__str__()

def load_config(cfg):
    for key in ("host", "port"):
        if key not in cfg:
            raise ConfigError(key)
    if not isinstance(cfg["port"], int):
        raise ConfigError("port", "not an int")
    return cfg

for cfg in ({}, {"host": "h"}, {"host": "h", "port": "80"}, {"host": "h", "port": 80}):
    try:
        print("loaded", load_config(cfg))
    except ConfigError as e:
        print(f"{type(e).__name__}: {e} (key={e.key}, problem={e.problem})")

try:
    raise NetworkError("timeout", 30)
except AppError as e:
    print(e, e.args, repr(e), isinstance(e, Exception))

e = ConfigError("x")
print(repr(e), str(e), e.args, AppError.__doc__, ConfigError.__mro__[1:])
print(repr(NetworkError()), str(NetworkError()), repr(AppError("a", 1)))

def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 / n
    except ValueError:
        print("  caught ValueError, re-raising as AppError")
        raise AppError("bad input")
    finally:
        print("  finally for", n)

for n in (2, 0):
    try:
        print(risky(n))
    except AppError as e:
        print("outer:", e, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
err = ValueError("bad")
err.add_note("while parsing line 3")
try:
    raise err
except ValueError as e:
    print(e.__notes__)
risky(0)
