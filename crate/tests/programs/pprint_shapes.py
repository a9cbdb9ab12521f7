import io
import pprint

data = {"name": "Widget", "tags": ["red", "green", "blue"], "size": (10, 20, 30),
        "nested": {"z": 1, "a": [1, 2, {"deep": list(range(12))}], "m": None},
        "matrix": [[i * j for j in range(8)] for i in range(6)], "flags": {1, 2, 3},
        "frozen": frozenset({1, 2}), "empty": [], "one": (1,), "ratio": 0.25}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(data["matrix"], compact=True, width=40)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)))
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, depth=2)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat([1, 2]), pprint.saferepr({"b": [1], "a": 2}))
rows = [{"id": i, "name": "user%d" % i, "email": "user%d@example.com" % i, "active": i % 2 == 0} for i in range(3)]
pprint.pprint(rows)
pprint.pprint(("a" * 30, "b" * 30, "c" * 30))
loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).replace(str(id(loop)), "ID"))
print(pprint.isrecursive(loop), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
buf = io.StringIO()
pprint.pprint({"x": list(range(30))}, stream=buf, width=30)
print(buf.getvalue().count("\n"))
pprint.pp({"b": 1, "a": [1] * 30})
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint({"key": ["value"] * 6, "other": {"inner": (1, 2, 3, 4, 5, 6, 7, 8)}})
print(pp.pformat([set(range(12))]))
pprint.pprint({(1, 2): "tuple key", None: "none", 3: "int"}, width=20)
pprint.pprint([[], {}, (), set(), [[[]]]], width=5)
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint({"story": text, "lines": "first line\nsecond line that is rather long " * 3}, width=50)
pprint.pprint(["short", "a somewhat longer string that will not fit in a narrow width"], width=30)
