import json, textwrap, heapq, bisect, copy, pprint
from datetime import date
data = {"name": "Ada", "langs": ["python", "c"], "age": 36, "active": True, "score": 9.5, "spouse": None, "nested": {"b": 2, "a": [1, {"z": 0}]}, "unicode": "héllo ☃"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, 2, [3, 4]], indent=4))
print(json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps({"a": []}, indent=2))
back = json.loads(s)
print(back == data, back["nested"]["a"][1])
print(json.dumps({1: "int key", 2.5: "f", True: "b", None: "n"}))
def default(o):
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
print(json.dumps({"when": date(2024, 1, 2), "tags": {"b", "a"}}, default=default))
try:
    json.dumps({"x": object})
except TypeError as e:
    print(e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print(e, e.pos, e.lineno, e.colno)
try:
    json.loads("")
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads('[1.0, 1e3, -0, "\\u00e9", "\\n", true, null]'))
print(json.loads('{"a": 1}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.dumps(float("inf")), json.dumps("quote\"back\\slash\ttab"), json.dumps(3.0), json.dumps(1e100), json.dumps(0.1))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"z": 1 + 2j}, cls=Enc))
print(json.loads('{"a": 1, "a": 2}'), json.loads("1.5", parse_float=str))
text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:3])
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(repr(textwrap.dedent("""
    def f():
        return 1
""")))
print(textwrap.fill("supercalifragilisticexpialidocious word", 10))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.nsmallest(3, [5, 1, 8, 3]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len))
heapq.heappush(h, 0)
print(h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
grades = [60, 70, 80, 90]
def grade(score):
    return "FDCBA"[bisect.bisect(grades, score)]
print([grade(s) for s in [33, 60, 99, 77, 70, 89, 90, 100]])
arr = [1, 2, 4, 4, 8]
print(bisect.bisect_left(arr, 4), bisect.bisect_right(arr, 4), bisect.bisect_left(arr, 5))
bisect.insort(arr, 3); bisect.insort_left(arr, 4)
print(arr, bisect.bisect([("a", 1), ("c", 3)], ("b", 0)), bisect.bisect_left([1, 3, 5], 4, key=lambda v: v))
class Node:
    def __init__(self, val, children=None):
        self.val, self.children = val, children or []
    def __repr__(self):
        return f"Node({self.val!r}, {self.children!r})"
tree = Node(1, [Node(2, [Node(3)]), Node(4)])
shallow, deep = copy.copy(tree), copy.deepcopy(tree)
tree.children[0].val = 99
tree.children.append(Node(5))
print(shallow, deep, sep="\n")
cyc = [1, 2]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc, dc[2] is dc, dc is not cyc)
class Custom:
    def __init__(self): self.log = []
    def __copy__(self):
        c = Custom(); c.log = ["copied"]; return c
    def __deepcopy__(self, memo):
        c = Custom(); c.log = ["deep"]; return c
print(copy.copy(Custom()).log, copy.deepcopy([Custom()])[0].log)
big = {"users": [{"name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "meta": {"id": i, "tags": list(range(i))}} for i in range(4)], "version": (1, 2, 3), "flags": {"x": True}}
pprint.pprint(big)
pprint.pprint(big, width=40, compact=True)
pprint.pprint(list(range(40)))
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pprint(big, depth=2)
pprint.pprint({"k": "x" * 90})
