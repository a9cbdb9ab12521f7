import json

# Encoding: scalars, containers, separators and indentation.
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0))
print(json.dumps(-17), json.dumps(10**30), json.dumps(1.0), json.dumps(0.1))
print(json.dumps(1e16), json.dumps(-0.0), json.dumps(1.5e-7), json.dumps(3.14159))
print(json.dumps([1, 2.5, "x", None, True, (3, 4), [], {}]))
print(json.dumps({"b": 1, "a": [1, {"c": None}]}))
print(json.dumps({"b": 1, "a": 2, "c": 3}, sort_keys=True))
print(json.dumps([1, {"a": 2}], separators=(",", ":")))
print(json.dumps({"a": [1, 2], "b": {"c": [], "d": {}}}, indent=2))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({"k": [True, None]}, indent="\t"))
print(json.dumps({"x": 1, "y": [1, 2]}, indent=4, separators=(", ", " = ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps("s", indent=2))
print(json.dumps({"z": 1, "y": {"b": 2, "a": 1}}, indent=1, sort_keys=True))

# Keys that are not strings.
print(json.dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e"}))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
print(json.dumps({float("inf"): 1, float("nan"): 2}))

# Strings: escapes, ensure_ascii, non-BMP characters.
print(json.dumps('quote " backslash \\ slash / tab \t nl \n cr \r'))
print(json.dumps("\b\f\x00\x1f\x7f"))
print(json.dumps("caf\u00e9 \u2603 \U0001F600 \u4e2d"))
print(json.dumps("caf\u00e9 \u2603 \U0001F600 \u4e2d", ensure_ascii=False))
print(json.dumps({"\u00e9": "\x01\x7f"}, ensure_ascii=False))

# NaN and infinities.
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
for kwargs in ({}, {"indent": 1}):
    try:
        json.dumps([1.0, float("nan")], allow_nan=False, **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)

# default= and JSONEncoder subclasses.
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps({"p": object()}, default=lambda o: "<obj>"))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(1, 2), {5, 4}], cls=PointEncoder))
print(PointEncoder(indent=2).encode({"p": Point(0, -1)}))
print(PointEncoder(sort_keys=True, separators=(",", ":")).encode({"b": Point(3, 4), "a": 1}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print("".join(json.JSONEncoder(indent=2).iterencode([1, {"a": None}])))
try:
    json.dumps([Point(1, 2), object()], cls=PointEncoder)
except TypeError as e:
    print(type(e).__name__, e)

# Errors while encoding.
for bad in ({1, 2}, {"a": Point(1, 1)}, {(1, 2): 3}, {"f": len}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(type(e).__name__, e)
d = {}
d["self"] = d
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
shared = [1]
print(json.dumps([shared, shared, {"s": shared}]))


# dump to a file-like object.
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
json.dump({"a": [1, 2, {"b": None}], "c": "d"}, sink)
print("".join(sink.parts))
sink = Sink()
json.dump([1, "\u00e9"], sink, indent=2, ensure_ascii=False)
print("".join(sink.parts))
sink = Sink()
try:
    json.dump([float("inf")], sink, allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)

# Decoding.
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}'))
print(json.loads("  [ ]  "), json.loads("{}"), json.loads('""'), json.loads("0"))
print(json.loads("-0"), json.loads("-0.0"), json.loads("1E3"), json.loads("1e-2"), json.loads("12345678901234567890"))
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\ud83d\\ude00"'))
print(json.loads('"caf\u00e9 \U0001F600"'))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('\n\t{"nested": [[[{"deep": [1]}]]]}\r\n'))
print(json.loads('[1, 2]', parse_int=float), json.loads('[1.5, 2]', parse_float=str))
print(json.loads('[NaN, 1]', parse_constant=lambda name: "const:" + name))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "y": {"z": 3}}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('"a\tb"', strict=False))
text = json.dumps({"k": ["v", 1.25, None, {"n": False}]}, indent=3)
print(json.loads(text) == {"k": ["v", 1.25, None, {"n": False}]})
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
print(json.JSONDecoder().decode(' {"q": "r"} '))
for value in [0.1, 1e-300, 123456.789, 2**70, "\u2028x\u0001", [1, [2, [3, [4]]]]]:
    print(json.loads(json.dumps(value)) == value)


class Reader:
    def read(self):
        return '{"from": "reader", "n": [1, 2, 3]}'


print(json.load(Reader()))


class DatedDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        if "__point__" in d:
            return Point(d["x"], d["y"])
        return d


p = json.loads('{"__point__": 1, "x": 7, "y": 8}', cls=DatedDecoder)
print(type(p).__name__, p.x, p.y)

# Errors while decoding: position, line and column.
bad_docs = ["", "   ", "[1,]", '{"a":1,}', "[1", '{"a" 1}', '{"a":}', "{1:2}",
            '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', "nul", "01",
            "1.", "-", "[1 2]", '{"a":1 "b"}', "[1,\n 2,\n x]", ".5", "{", "[",
            '{"a"', '{"a":1', "tru", "\ufeff[]", "[1] [2]", '"\\ud800\\u12"']
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(type(e).__name__, "|", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
try:
    json.loads("[1, 2,\n  3,\n  ]")
except ValueError as e:
    print(isinstance(e, json.decoder.JSONDecodeError), e.doc == "[1, 2,\n  3,\n  ]", e)
try:
    json.loads(42)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(json.JSONDecodeError, ValueError))
