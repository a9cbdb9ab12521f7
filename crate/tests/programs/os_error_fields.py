

e = OSError(2, "No such file or directory")
print(str(e), repr(e), e.errno, e.strerror, e.filename, e.args)
e = OSError(2, "No such file or directory", "data.txt")
print(str(e), repr(e), e.errno, e.strerror, e.filename, e.args)
e = OSError("just a message")
print(str(e), e.errno, e.strerror, e.args)
e = OSError(1, "a", "b", None, "c")
print(str(e), e.filename2, e.args)
print(str(OSError()), str(OSError(5)), str(OSError(1, 2, 3, 4, 5, 6)))

e = FileNotFoundError(2, "x")
print(str(e), repr(e), type(e).__name__, e.errno)
e = FileNotFoundError(2, "No such file", "missing.txt")
print(str(e), e.filename)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__)
print(type(OSError(17, "x")).__name__, type(OSError(21, "x")).__name__)
print(isinstance(OSError(2, "x"), FileNotFoundError), IOError is OSError, EnvironmentError is OSError)
e = PermissionError(13, "Permission denied")
print(e, e.errno, e.strerror)
e.errno = 99
e.strerror = "changed"
e.filename = "f"
print(e, e.args)


class ConfigError(ValueError, OSError):
    pass


c = ConfigError(2, "bad config", "app.ini")
print(str(c), c.errno, c.strerror, c.filename, isinstance(c, OSError), isinstance(c, ValueError))
print(ConfigError.__mro__)


class StorageError(OSError):
    def __init__(self, path):
        super().__init__(28, "No space left", path)
        self.path = path


s = StorageError("/tmp/x")
print(str(s), s.errno, s.strerror, s.filename, s.path, s.args)


class PlainOS(OSError):
    pass


p = PlainOS(13, "denied")
print(p, p.errno, p.strerror, type(p).__name__)

try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(e, e.errno, e.strerror, e.filename)
except OSError as e:
    print("OSError", e)

try:
    raise FileNotFoundError(2, "No such file or directory", "gone.txt")
except OSError as e:
    print(type(e).__name__, e)

try:
    raise ConnectionRefusedError(111, "Connection refused")
except ConnectionError as e:
    print(type(e).__name__, e, e.errno)
raise StorageError("/data/out.bin")
