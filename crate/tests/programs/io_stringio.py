import contextlib
import io
import sys

buf = io.StringIO()
print(buf.write("hello "), buf.write("world\n"))
print("second line", 42, sep=", ", file=buf)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), repr(buf.read()), repr(buf.read()))
buf.seek(0)
print(buf.readlines())
buf.seek(0)
for number, line in enumerate(buf, 1):
    print(number, line.rstrip())
print(buf.seek(0, io.SEEK_END), buf.seek(6), buf.write("WORLD"), repr(buf.getvalue()))
print(buf.truncate(11), repr(buf.getvalue()), buf.tell())

s = io.StringIO("initial\ntext")
print(s.tell(), repr(s.read(4)), s.write("XY"), repr(s.getvalue()))
print(s.seek(20), s.write("!"), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)

with io.StringIO() as out:
    out.writelines(["a\n", "b\n"])
    print(repr(out.getvalue()), out.closed)
print(out.closed)
for action in [out.getvalue, out.read, lambda: out.write("x"), out.tell, lambda: out.seek(0),
               lambda: iter(out), out.readline, lambda: out.__enter__()]:
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)

errors = [lambda: io.StringIO(5), lambda: io.StringIO().write(5), lambda: io.StringIO("a").seek(1, 1),
          lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(0, 3),
          lambda: io.StringIO().read("x"), lambda: io.StringIO().truncate(-1),
          lambda: io.BytesIO().write("text"), lambda: io.BytesIO().seek(-1)]
for action in errors:
    try:
        action()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, isinstance(e, OSError))

print(repr(io.StringIO("a\r\nb\rc", newline=None).read()), repr(io.StringIO("x\ny").readline()))

b = io.BytesIO(b"hello\nworld")
print(b.read(3), b.readline(), b.readlines(), b.tell())
print(b.seek(2), b.write(b"XY"), b.getvalue())
print(b.seek(-3, 2), b.read(), b.seek(13), b.write(bytearray(b"!")), b.getvalue())
b.seek(0)
print(list(b), type(b).__name__, isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))
b.close()
try:
    b.read()
except ValueError as e:
    print("ValueError:", e)

print(isinstance(io.StringIO(), io.TextIOBase), isinstance(sys.stdout, io.TextIOBase), type(io.StringIO()))

captured = io.StringIO()
with contextlib.redirect_stdout(captured):
    print("captured line")
    print("another", end="!")
print("redirected:", repr(captured.getvalue()))

old = sys.stdout
sys.stdout = io.StringIO()
print("into sys.stdout")
text = sys.stdout.getvalue()
sys.stdout = old
print("assigned:", repr(text))

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr:", repr(err.getvalue()))


def report(rows, file=sys.stdout):
    for name, value in rows:
        print(f"{name:<6}{value:>5}", file=file)


table = io.StringIO()
report([("alpha", 1), ("beta", 22)], file=table)
print(table.getvalue(), end="")
print(len(table.getvalue().splitlines()))
