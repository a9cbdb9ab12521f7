# Bases CPython refuses (an order C3 cannot keep, a base twice, instance
# layouts that conflict) and the exception bases it accepts together.


def attempt(label, source):
    try:
        exec(source, globals())
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError", repr(str(e)))


class A:
    pass


class B(A):
    pass


class X:
    pass


class Y:
    pass


class P(X, Y):
    pass


class Q(Y, X):
    pass


attempt("E(A, B)", "class E(A, B): pass")
attempt("Z(P, Q)", "class Z(P, Q): pass")
attempt("type()", "type('E', (A, B), {})")
attempt("A twice", "class D(A, A): pass")
attempt("int twice", "class D(int, int): pass")
attempt("object first", "class D(object, A): pass")
attempt("int first", "class D(int, A, B): pass")
attempt("Exception first", "class D(Exception, A, B): pass")
attempt("Exception, ValueError", "class D(Exception, ValueError): pass")
attempt("int, str", "class D(int, str): pass")
attempt("list, dict", "class D(list, dict): pass")
attempt("int, ValueError", "class D(int, ValueError): pass")
attempt("SyntaxError, ImportError", "class D(SyntaxError, ImportError): pass")
attempt("NameError, AttributeError", "class D(NameError, AttributeError): pass")
attempt("ModuleNotFoundError, AttributeError", "class D(ModuleNotFoundError, AttributeError): pass")
attempt("UnicodeDecodeError, UnicodeEncodeError", "class D(UnicodeDecodeError, UnicodeEncodeError): pass")
attempt("OSError, AttributeError", "class D(OSError, AttributeError): pass")

for bases in [
    "ValueError, OSError",
    "KeyError, OSError",
    "UnicodeError, ValueError",
    "StopIteration, KeyError",
    "SystemExit, ValueError",
    "LookupError, TypeError",
    "ConnectionError, ValueError",
    "KeyboardInterrupt, ValueError",
    "FileNotFoundError, UnicodeError",
    "UnboundLocalError, TypeError",
    "IndentationError, ValueError",
    "RecursionError, ValueError",
]:
    exec(f"class C({bases}): pass")
    print(bases, [c.__name__ for c in C.__mro__], C.__bases__)


class C(ArithmeticError, ValueError):
    pass


print(C.__mro__, C.__bases__)
for kind in (ArithmeticError, ValueError, Exception, LookupError):
    try:
        raise C("boom", 2)
    except kind as e:
        print(kind.__name__, "caught", type(e).__name__, e, e.args)
    except BaseException as e:
        print(kind.__name__, "missed", type(e).__name__)
print(isinstance(C(), ValueError), isinstance(C(), ArithmeticError))
print(issubclass(C, ValueError), issubclass(C, LookupError), issubclass(C, (KeyError, ValueError)))


class D(C, KeyError):
    pass


print([c.__name__ for c in D.__mro__], isinstance(D(), LookupError), str(D("k")), repr(D("k")))


class Mix:
    pass


class M(Mix, KeyError, TypeError):
    pass


class K(KeyError):
    pass


try:
    raise M("x")
except TypeError as e:
    print("TypeError caught", repr(e), str(e), str(K("y")))
raise C("uncaught")
