class A: pass
class B(A): pass
a = B()
tests = ["isinstance(a, A)", "isinstance(a, (int, A))", "isinstance(1, int, x=1)", "isinstance(1)", "issubclass(B, A)", "issubclass(1, A)", "abs(-3)", "abs(x=1)", "abs()", "repr('a')", "chr(65)", "chr(-1)", "ord('é')", "ord('ab')", "getattr(a, 'q', 5)", "getattr(a, 'q')", "getattr(a, 'q', default=2)", "hasattr(a, 'q')", "hasattr(a)", "callable(len)", "hash(1) == hash(1.0)", "hash([])", "hash(x=1)", "id()", "abs(True)", "repr()", "ord(1)", "isinstance(a, 3)"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
