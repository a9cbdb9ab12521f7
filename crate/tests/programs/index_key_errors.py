data = {"name": "Ann", "age": 31, 5: "five", (1, 2): "pair"}
items = [10, 20, 30]
text = "hello"
checks = [
    lambda: items[3], lambda: items[-4], lambda: text[10], lambda: (1, 2)[2],
    lambda: data["email"], lambda: data[6], lambda: data[(2, 1)], lambda: data[None],
    lambda: {}[""], lambda: {}["a'b"], lambda: {}[1.5], lambda: items["1"],
    lambda: items[1.0], lambda: text["x"], lambda: range(3)[5], lambda: [][0],
    lambda: items.pop(10), lambda: [].pop(), lambda: {}.pop("k"), lambda: {}.popitem(),
    lambda: set().pop(), lambda: items.remove(99), lambda: "".join(items),
    lambda: data[[1]], lambda: {[1]: 2}, lambda: items[1:2:0], lambda: b"ab"[5],
]
for check in checks:
    try:
        check()
    except (IndexError, KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, repr(e), str(e), e.args)
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
dd["x"].append(1)
print(dict(dd), Counter("aab")["z"])
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
matrix = [[1, 2], [3, 4]]
try:
    print(matrix[1][2])
except IndexError as e:
    print("IndexError:", e)
config = {"db": {"host": "localhost"}}
print(config.get("db", {}).get("port", 5432))
print(config["db"]["port"])
