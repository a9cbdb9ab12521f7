"""Operating-system names, as far as a page has them: the functions are
`_os`'s (Rust), the paths `posixpath`'s. The page has no files: its
working directory is "/" and nothing exists on disk."""

from _os import *
from _os import _exit
import posixpath as path

curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
devnull = "/dev/null"


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError(
            "expected str, bytes or os.PathLike object, not " + type(p).__name__
        )
    return method(p)


def listdir(p="."):
    if p in (".", "/"):
        return []
    raise FileNotFoundError(2, "No such file or directory", p)


def strerror(code):
    """The C library's message for error number `code`."""
    if not isinstance(code, int):
        raise TypeError(f"'{type(code).__name__}' object cannot be interpreted as an integer")
    from _strerror import MESSAGES

    if code == 0:
        return "Success"
    return MESSAGES.get(code, f"Unknown error {code}")


def _no_file(name):
    def missing(p, *args, **kwargs):
        raise FileNotFoundError(2, "No such file or directory", p)

    missing.__name__ = name
    return missing


remove = _no_file("remove")
unlink = _no_file("unlink")
rmdir = _no_file("rmdir")
stat = _no_file("stat")
chdir = _no_file("chdir")


def makedirs(p, mode=0o777, exist_ok=False):
    raise OSError(30, "Read-only file system", p)


mkdir = makedirs
