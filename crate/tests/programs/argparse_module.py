# argparse: options, positionals, help and errors as CPython prints them.
import argparse, sys, io

def run(parser, args):
    # Run parse_args, showing what it prints and how it exits.
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(args)
        code = None
    except SystemExit as e:
        result, code = None, e.code
    finally:
        sys.stdout, sys.stderr = saved
    print(">>", args, "->", result, "exit", code)
    if out.getvalue(): print("[stdout]\n" + out.getvalue(), end="")
    if err.getvalue(): print("[stderr]\n" + err.getvalue(), end="")

p = argparse.ArgumentParser(prog="greet", description="Greet someone nicely, a number of times, with options for loudness and style.")
p.add_argument("name", help="who to greet")
p.add_argument("-v", "--verbose", action="store_true", help="say more")
p.add_argument("-q", "--quiet", action="store_false", dest="loud")
p.add_argument("-c", "--count", type=int, default=1, help="how many times (default: %(default)s)")
p.add_argument("--level", action="count", default=0)
p.add_argument("-t", "--tag", action="append", help="add a tag")
p.add_argument("--color", choices=["red", "green", "blue"], default="red")
p.add_argument("files", nargs="*", help="extra files")
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--size", type=float, required=False)
for args in [["bob"], ["bob", "-v", "-c", "3"], ["-vv"], ["bob", "--count=5", "--level", "--level", "a.txt", "b.txt"],
             ["bob", "-c", "x"], ["bob", "--color", "pink"], [], ["bob", "--nope"], ["bob", "-t", "a", "-t", "b", "--tag=c"],
             ["bob", "--pair", "k", "v"], ["bob", "--pair", "k"], ["bob", "--opt"], ["bob", "--opt", "X"], ["bob", "--col", "blue"],
             ["bob", "-vq"], ["bob", "-c5"], ["bob", "-c"], ["-h"], ["bob", "--size", "-1.5"], ["bob", "--", "-x"], ["bob", "-x"],
             ["bob", "--verbose=1"], ["bob", "--le"]]:
    run(p, args)

q = argparse.ArgumentParser(prog="calc")
q.add_argument("x", type=int)
q.add_argument("y", type=int, nargs="?", default=10)
q.add_argument("rest", nargs="+")
g = q.add_mutually_exclusive_group()
g.add_argument("--add", action="store_true")
g.add_argument("--mul", action="store_true")
for args in [["1", "2", "3"], ["1", "z"], ["1"], ["--add", "--mul", "1", "2"], ["-h"], ["1", "2", "3", "4", "--mul"], ["-5", "3"]]:
    run(q, args)

s = argparse.ArgumentParser(prog="git")
s.add_argument("--debug", action="store_true")
sub = s.add_subparsers(dest="command", help="sub-command help")
a = sub.add_parser("add", help="add files")
a.add_argument("paths", nargs="+")
a.add_argument("-f", "--force", action="store_true")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
for args in [["add", "x", "y"], ["--debug", "commit", "-m", "hi"], ["commit"], ["push"], ["-h"], ["add", "-h"], [], ["add", "-f", "x", "--zzz"]]:
    run(s, args)

r = argparse.ArgumentParser(prog="req", epilog="That is all.")
r.add_argument("--name", required=True, help="a name")
r.add_argument("--very-long-option-name-here", metavar="SOMETHING_LONG", help="a very long help text that should wrap around onto the next line because it is long enough to need it")
grp = r.add_argument_group("extra", "Extra settings for experts.")
grp.add_argument("--depth", type=int, help="depth")
mg = r.add_mutually_exclusive_group(required=True)
mg.add_argument("--a", action="store_true")
mg.add_argument("--b", action="store_true")
for args in [[], ["-h"], ["--name", "n", "--a"], ["--name", "n"]]:
    run(r, args)
print(argparse.Namespace(a=1, b="x"), vars(p.parse_args(["z"])))
print(p.format_usage(), end="")
ns = p.parse_args(["bob"])
print(ns.name, ns.count, ns.files, "verbose" in ns)
big = argparse.ArgumentParser(prog="big_program_name")
for i in range(8):
    big.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
big.add_argument("input"); big.add_argument("output")
print(big.format_usage(), end="")
big.add_argument("--v", action="version", version="%(prog)s 1.0")
run(big, ["--v"])
print(sys.argv[1:])
tool = argparse.ArgumentParser(prog="tool", description="A tool.")
tool.add_argument("--x", default="d")
print(tool.parse_args())
tool.parse_args(["--bad"])
print("not reached")
