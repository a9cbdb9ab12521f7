# re's flags are RegexFlag members: ints that print as re.IGNORECASE.
import enum
import re
from enum import Flag

print(re.I)
print(re.I | re.M)
print(re.I == 2, int(re.I), re.I + 1)
print(re.compile('a', re.I).flags)
print(re.compile('a').flags)
print(re.compile(b'a').flags)
print(repr(re.S), str(re.X))
print(re.IGNORECASE | re.DOTALL | re.VERBOSE)
print(re.A, re.U)
print(re.I | 0, type(re.I).__name__)
print(re.RegexFlag.IGNORECASE)
f = re.I
f |= re.M
print(f, repr(f))
print(re.I & re.M)
print(~re.I)
print(re.I.value, re.I.name)
print(re.findall('A', 'aA', flags=re.I))
print(re.findall('^b', 'a\nb', re.M | re.I))
print(re.I | 512)
print(re.NOFLAG)
print(re.A | re.I, re.I | re.A, re.M | re.I)
print(list(re.RegexFlag))
print(re.RegexFlag(0), re.RegexFlag(2), re.RegexFlag(3), re.RegexFlag(1024))
print(repr(re.RegexFlag(34)), re.RegexFlag(34).name)
print(isinstance(re.I, int), isinstance(re.I, enum.IntFlag))
print(re.I ^ re.I, re.I & 2, 2 | re.I, re.I * 2, hash(re.I) == hash(2))
print(f"{re.I}", "%s %d %r" % (re.I, re.I, re.I), format(re.I, 'd'), format(re.I))
print(re.M in (re.I | re.M))
print({re.I: 1}[2], sorted([re.M, re.I]))
print(re.compile('x', re.I | re.M))
print(re.I < re.M, -re.I, abs(re.I), bool(re.NOFLAG))
print(str(re.RegexFlag.ASCII | 0x10000))


# A Flag lists its one-bit members only.
class Perm(Flag):
    NONE = 0
    R = 1
    W = 2
    RW = 3


print(list(Perm), len(Perm), list(reversed(Perm)), Perm.RW, list(Perm.__members__))
print(list(Perm.RW), Perm.NONE in Perm)


# abs() of an int subclass is its int's.
class Count(int):
    def __invert__(self):
        return 99


print(abs(Count(-2)), -Count(2), +Count(2), ~Count(2))
