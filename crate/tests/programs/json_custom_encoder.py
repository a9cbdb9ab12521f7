import json
from datetime import date
from dataclasses import dataclass, asdict

@dataclass
class Book:
    title: str
    author: str
    published: date
    tags: tuple = ()

class BookEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Book):
            d = asdict(o)
            d["__book__"] = True
            return d
        return super().default(o)

def decode(obj):
    if "__date__" in obj:
        return date.fromisoformat(obj["__date__"])
    if obj.pop("__book__", False):
        obj["tags"] = tuple(obj["tags"])
        return Book(**obj)
    return obj

books = [Book("Dune", "Herbert", date(1965, 8, 1), ("scifi",)), Book("Emma", "Austen", date(1815, 12, 23))]
text = json.dumps(books, cls=BookEncoder, indent=1)
print(text)
back = json.loads(text, object_hook=decode)
print(back == books, back[0])
print(json.dumps({"when": date(2020, 1, 2)}, default=str))
print(json.dumps([float("inf"), float("nan")]))
print(json.loads("[1.0, 2, \"3\", {\"a\": [null]}]", parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent="\t"))
print(json.dumps("日本", ensure_ascii=True), json.dumps(["a", "b"], separators=(";", "=")))
print(json.loads('"\\u00e9\\n"'), json.loads("  42  "), json.loads("true"), json.loads('{"a": 1, "a": 2}'))
print(json.dumps(Book("x", "y", date(2000, 1, 1)), cls=BookEncoder))
try:
    json.dumps(object())
except TypeError as e:
    print(e)
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(e.msg, e.lineno, e.colno)
print(back[2].title)
