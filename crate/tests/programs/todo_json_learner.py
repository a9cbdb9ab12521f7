import json

class TodoList:
    def __init__(self):
        self.tasks = []

    def add(self, title, priority=2, tags=None):
        task = {"id": len(self.tasks) + 1, "title": title, "done": False,
                "priority": priority, "tags": tags or []}
        self.tasks.append(task)
        return task["id"]

    def complete(self, task_id):
        for t in self.tasks:
            if t["id"] == task_id:
                t["done"] = True
                return
        raise KeyError(task_id)

    def pending(self):
        return [t for t in self.tasks if not t["done"]]

    def to_json(self):
        return json.dumps({"tasks": self.tasks}, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text):
        obj = cls()
        obj.tasks = json.loads(text)["tasks"]
        return obj

todo = TodoList()
todo.add("buy milk", 1, ["shopping"])
todo.add("write report")
todo.add("call mom", 1)
todo.add("fix bike", 3, ["outdoor", "weekend"])
todo.complete(2)
text = todo.to_json()
print(text)
copy = TodoList.from_json(text)
for t in sorted(copy.pending(), key=lambda t: (t["priority"], t["title"])):
    mark = "x" if t["done"] else " "
    print(f"[{mark}] {t['id']}. {t['title']} (p{t['priority']}) {' '.join('#' + g for g in t['tags'])}")
print(json.dumps(copy.tasks[0]))
print(json.dumps([1.5, None, True, "é", {"k": (1, 2)}], ensure_ascii=False))
print(json.dumps("é\n\t\"q\""))
print(json.dumps({"b": 1, "a": [1, {"c": None}]}, separators=(",", ":")))
print(json.loads('{"x": 1e3, "y": -0.0, "z": [true, false, null]}'))
try:
    copy.complete(42)
except KeyError as e:
    print("no such task:", e)
try:
    json.loads("{'bad': 1}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
copy.complete(99)
