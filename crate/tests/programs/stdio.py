# sys.stdout and sys.stderr, print(file=...), and sys.stdout reassigned.
import sys

print(repr(sys.stdout))
print(repr(sys.stderr))
print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding, sys.stdout.mode)
print(sys.stdout.isatty(), sys.stdout.writable(), sys.stdout.readable(), sys.stdout.closed)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print(sys.stdout.write("héllo, wörld\n"))
print(sys.stdout.write(""))
print(sys.stderr.write("to stderr\n"))
print(sys.stdout.flush(), sys.stderr.flush())
w = sys.stdout.write
w("a bound write\n")

for v in [5, None, 2.5, ["x"]]:
    try:
        sys.stdout.write(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.stdout.write()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.write("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.write(s="x")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.flush(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.foo
except AttributeError as e:
    print("AttributeError:", e)


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return 99


r = Recorder()
print(1, 2, 3, file=r)
print(file=r)
print("a", "b", sep="--", end="!", file=r)
print("a", "b", sep="", end="", file=r)
print("x", None, [1, "y"], sep=None, end=None, file=r)
print(r.calls)
print(print("returns None", file=r))


class Named:
    def __str__(self):
        print("  str of Named")
        return "Named"


class Loud:
    def write(self, s):
        print("  write", repr(s))


print(Named(), Named(), file=Loud())

try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)


class NoWrite:
    pass


try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError:", e)
try:
    print("x", file=r, flush=True)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print("x", file=5, sep=3)
except TypeError as e:
    print("TypeError:", e)


class Failing:
    def write(self, s):
        raise ValueError("cannot write " + repr(s))


try:
    print("x", file=Failing())
except ValueError as e:
    print("ValueError:", e)


class Flushing:
    def write(self, s):
        print("  write", repr(s))

    def flush(self):
        print("  flush")


print("flushed", file=Flushing(), flush=True)
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout, flush=True)
print("file=None", file=None)

# sys.stdout reassigned: print() writes to the new one.
saved = sys.stdout
r2 = Recorder()
sys.stdout = r2
print("redirected", 1)
print("again", end="")
sys.stdout = saved
print("back:", r2.calls)
sys.stdout = sys.stderr
print("to stderr through sys.stdout")
sys.stdout = sys.__stdout__
print("restored")
sys.stdout = None
print("nowhere")
sys.stdout = sys.__stdout__
for i in range(3):
    print(i, end=" ")
print()

# ['main.py'] on the page; python3 names the file it runs.
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith(".py"))
try:
    raise SystemExit(3)
except SystemExit as e:
    print("caught", e.args, e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.args, e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", e.args, e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
print("done")
