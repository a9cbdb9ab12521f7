tests = [
    "len()", "len([], [])", "abs('x')", "int([1])", "float({})", "str(1, 2, 3, 4)",
    "range()", "range(1.5)", "range(1, 2, 0)", "sum(1)", "sum(['a', 'b'])", "sum([1], 'x')",
    "max()", "max([])", "min(1)", "sorted(1)", "list(5)", "dict([1, 2])", "dict(a=1, **{'a': 2})",
    "chr(-1)", "chr('a')", "ord('ab')", "ord(5)", "pow()", "divmod(1)", "round()", "isinstance(1, 2)",
    "issubclass(1, int)", "getattr(1)", "setattr(1, 'x', 2)", "hash([])", "iter(5)", "next([])",
    "enumerate(5)", "zip(5)", "list(map(5, [1]))", "list(map(len, [1]))", "open()", "print(sep=5)",
    "input(1, 2)", "'abc'.split(1)", "'a'.join([1, 2])", "'x' * 'y'", "[1] + (2,)", "{}.get()",
    "[].append()", "[].pop(5)", "[1].index(9)", "'abc'.index('z')", "(1,).count()", "{1}.remove(2)",
    "int('3', base=1)", "bytes('abc')", "bytes(-1)", "complex('x')", "bool(1, 2)", "type(1, 2)",
    "format(1, 5)", "repr()", "vars(1)", "dir(1, 2)", "callable()", "frozenset(1)", "tuple(1)",
]
for t in tests:
    try:
        r = eval(t)
        print(f"{t:28} -> {r!r}")
    except Exception as e:
        print(f"{t:28} !! {type(e).__name__}: {e}")
