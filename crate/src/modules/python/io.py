"""In-memory streams: StringIO (text) and BytesIO (bytes), as CPython's io.

The page has no files, so these are the streams a program makes itself: print
to one with print(..., file=buf), or set sys.stdout to one.
"""

import sys
from abc import ABCMeta

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "BufferedIOBase",
           "TextIOBase", "StringIO", "BytesIO", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "TextIOWrapper"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
open = open


# CPython's derives from OSError and ValueError; an exception class here has
# one built-in exception base.
class UnsupportedOperation(OSError):
    pass


UnsupportedOperation.__module__ = "io"


class IOBase(metaclass=ABCMeta):
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


# sys.stdout and sys.stderr are text streams.
TextIOWrapper = type(sys.stdout)
TextIOBase.register(TextIOWrapper)


class _Memory:
    """What StringIO and BytesIO share: a value, a position, and the values
    written at its end kept as parts until read (so that many small writes,
    as print makes, cost no copy of all before them)."""

    def __init__(self, value):
        self._value = value
        self._parts = []
        self._size = len(value)
        self._pos = 0
        self.closed = False

    def _check(self, dot=False):
        # StringIO's own methods say it without a full stop, as CPython's.
        if self.closed:
            raise ValueError("I/O operation on closed file" + ("." if dot or self._dot else ""))

    def _whole(self):
        if self._parts:
            self._value = self._value + self._empty.join(self._parts)
            self._parts = []
        return self._value

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '" + type(size).__name__ + "'")
        return size

    def getvalue(self):
        self._check()
        return self._whole()

    def write(self, s):
        self._check()
        s = self._accept(s)
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        if pos == self._size:
            self._parts.append(s)
        else:
            value = self._whole()
            if pos > self._size:
                # Writing past the end fills the gap with zeros, as CPython.
                value = value + self._zero * (pos - self._size)
            self._value = value[:pos] + s + value[pos + n:]
        self._pos = pos + n
        if self._pos > self._size:
            self._size = self._pos
        return n

    def writelines(self, lines):
        self._check(True)
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = self._size_arg(size)
        value = self._whole()
        start = self._pos
        end = self._size if size < 0 else min(start + size, self._size)
        if end <= start:
            return self._empty
        self._pos = end
        return value[start:end]

    def readline(self, size=-1):
        self._check()
        size = self._size_arg(size)
        value = self._whole()
        start = self._pos
        if start >= self._size:
            return self._empty
        end = value.find(self._newline, start)
        end = self._size if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return value[start:end]

    def readlines(self, hint=-1):
        self._check()
        hint = self._size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else self._size_arg(size)
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        if size < self._size:
            self._value = self._whole()[:size]
            self._size = size
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __iter__(self):
        self._check(True)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check(True)
        return self

    def __exit__(self, *exc_info):
        self.close()


class StringIO(_Memory, TextIOBase):
    """A text stream in memory."""

    _empty = ""
    _zero = "\0"
    _newline = "\n"
    _dot = False

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not " + type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: " + repr(newline))
        self._translate = newline
        _Memory.__init__(self, self._accept(initial_value))

    def _accept(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        # newline=None reads every line ending as "\n"; "\r" or "\r\n" are
        # what "\n" is written as.
        if self._translate is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._translate not in ("", "\n"):
            s = s.replace("\n", self._translate)
        return s

    def seek(self, pos, whence=0):
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position " + str(pos))
        if whence and pos:
            raise OSError("Can't do nonzero " + ("cur" if whence == 1 else "end") + "-relative seeks")
        if whence == 2:
            pos = self._size
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def flush(self):
        pass

    @property
    def newlines(self):
        return None

    line_buffering = False
    encoding = None
    errors = None


class BytesIO(_Memory, BufferedIOBase):
    """A binary stream in memory."""

    _empty = b""
    _zero = b"\0"
    _newline = b"\n"
    _dot = True

    def __init__(self, initial_bytes=b""):
        _Memory.__init__(self, self._accept(b"" if initial_bytes is None else initial_bytes))

    def _accept(self, b):
        if isinstance(b, bytearray):
            return bytes(b)
        if not isinstance(b, bytes):
            raise TypeError("a bytes-like object is required, not '" + type(b).__name__ + "'")
        return b

    def seek(self, pos, whence=0):
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError("negative seek value " + str(pos))
        pos += (0, self._pos, self._size)[whence]
        self._pos = max(pos, 0)
        return self._pos

    def __iter__(self):
        return self

    def read1(self, size=-1):
        return self.read(size)


StringIO.__module__ = BytesIO.__module__ = "_io"
