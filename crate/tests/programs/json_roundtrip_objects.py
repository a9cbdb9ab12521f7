import json
from dataclasses import dataclass, asdict

@dataclass
class Task:
    title: str
    done: bool = False
    tags: tuple = ()

tasks = [Task("write", True, ("work",)), Task("read"), Task("nap", tags=("home", "fun"))]
text = json.dumps([asdict(t) for t in tasks], indent=2)
print(text)
loaded = [Task(**d) for d in json.loads(text)]
print(loaded)
print(loaded[0] == tasks[0], loaded[0].tags, tasks[0].tags)

class TaskEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Task):
            return {"__task__": True, **asdict(o)}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

def decode(d):
    if d.pop("__task__", False):
        return Task(d["title"], d["done"], tuple(d["tags"]))
    return d

blob = json.dumps({"tasks": tasks, "ids": {3, 1, 2}}, cls=TaskEncoder, sort_keys=True)
print(blob)
back = json.loads(blob, object_hook=decode)
print(back["tasks"][2], back["ids"])
print(json.dumps({"b": 1, "a": [1.5, None, True]}, separators=(",", ":"), sort_keys=True))
print(json.dumps("ünï", ensure_ascii=False), json.dumps("ünï"), json.dumps({1: "x", None: "y"}))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("{'single': 1}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno)
try:
    json.loads('[1, 2,]')
except ValueError as e:
    print("ValueError:", e)
print(json.loads("NaN"), json.loads('"\\u00e9"'), json.loads("1e3"), json.loads(" [] "))
