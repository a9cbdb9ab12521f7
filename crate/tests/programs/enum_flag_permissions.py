from enum import Flag, IntFlag, auto, Enum, unique

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE

print(list(Perm), Perm.READ.value, Perm.EXEC.value)
mode = Perm.READ | Perm.EXEC
print(mode, repr(mode), bool(mode), Perm.WRITE in mode, Perm.READ in mode)
print(mode & Perm.READ, mode ^ Perm.READ, ~Perm.READ)
print(Perm.RW, Perm(3), Perm(0), bool(Perm(0)))
print([p.name for p in Perm.RW], len(Perm.RW))

class Chmod(IntFlag):
    R = 4
    W = 2
    X = 1

m = Chmod.R | Chmod.W
print(m, int(m), m == 6, m + 1, Chmod(7), Chmod.R in Chmod(5))
print(format(Chmod(5), "03b"), [c.name for c in Chmod(7)])

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.CRIMSON is Color.RED, Color(2), Color["BLUE"], [c.name for c in Color])
print(list(Color.__members__))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
