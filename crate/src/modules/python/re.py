"""re: the matching itself is the Rust module `_re`; here are the flags,
which are `RegexFlag` members (ints that print as `re.IGNORECASE`), as in
CPython."""

from _re import *
from _re import _compile, _caches
import enum as _enum


class RegexFlag(_enum.IntFlag):
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    NOFLAG = 0

    def _names(self):
        # The members' names in the order they are defined, then any bits
        # no member has, in hex: `re.IGNORECASE|0x200`.
        value = self._value_
        names = []
        for member in RegexFlag:
            if member._value_ & value:
                names.append("re." + member._name_)
                value &= ~member._value_
        if value and names:
            names.append(hex(value))
        return names

    def __repr__(self):
        if self._value_ == 0:
            return "re.NOFLAG"
        names = self._names()
        if not names:
            return "re.RegexFlag(%d)" % self._value_
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(self._value_, spec)
        return str(self)

    def __invert__(self):
        return RegexFlag(RegexFlag._all_bits_() & ~self._value_)

    @property
    def name(self):
        names = self._names()
        if self._value_ == 0:
            return "NOFLAG"
        return "|".join(n[3:] for n in names) if names else None


A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG
NOFLAG = RegexFlag.NOFLAG
