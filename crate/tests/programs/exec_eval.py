# exec, eval and compile: in the caller's scope, or in dicts given for the
# globals and locals; code objects; the errors CPython gives.
x = 10
print(eval("x * 2 + 1"), eval("  [i * x for i in range(3)]"))
exec("y = x + 5")
print(y)
exec("def double(n):\n    return 2 * n\n")
print(double(21))


def f(a):
    b = a * 3
    print(eval("a + b"), eval("x"))
    exec("b = 0")  # a function's locals cannot be changed this way
    print(b)
    return eval("lambda k: k + a")(1) if False else eval("a")


print(f(4))
scope = {"n": 5}
exec("m = n * n\nn += 1", scope)
print(scope["m"], scope["n"], "__builtins__" in scope, sorted(k for k in scope if k != "__builtins__"))
print(eval("n + m", scope))
g, l = {"a": 1}, {"b": 2}
exec("c = a + b", g, l)
print(sorted(k for k in g if k != "__builtins__"), l)
print(eval("a * 100 + b", g, l))
code = compile("total = sum(range(5))\nprint('total is', total)", "<mine>", "exec")
print(type(code).__name__, code.co_filename)
exec(code)
print(total)
expr = compile("2 ** 10", "<calc>", "eval")
print(eval(expr))
print(eval(b"1 + 1"), eval("'abc'.upper()"), eval("(lambda: 42)()"))


class K:
    exec("attr = 'made by exec'")
    doubled = eval("attr * 2")


print(K.attr, K.doubled)
ns = {}
exec("class P:\n    def hi(self):\n        return 'hi from P'\n", ns)
print(ns["P"]().hi())
# The parser's messages are not all CPython's: a syntax error shows its
# type, file and line here; the message of "invalid syntax" in full.
try:
    eval("import os")
except SyntaxError as e:
    print(e, "|", e.msg, e.offset, repr(e.text), e.args[1][:3])
for bad in [
    lambda: eval("import os"),
    lambda: eval(42),
    lambda: exec("1", []),
    lambda: eval("1", []),
    lambda: exec("1", {}, 5),
    lambda: eval("1", {}, 5),
    lambda: compile(42, "f", "exec"),
    lambda: compile("1", 5, "exec"),
    lambda: exec(42),
    lambda: compile("1", "f", "nope"),
    lambda: eval("undefined_name + 1"),
    lambda: exec("raise ValueError('from exec')"),
    lambda: eval(),
    lambda: eval("1", {}, {}, {}),
]:
    try:
        bad()
    except SyntaxError as e:
        print(type(e).__name__, "|", e.filename, e.lineno)
    except Exception as e:
        print(type(e).__name__, "|", e)
