# One call site, many receivers: a method name means a different method on
# each type, and a class may define a method of the same name.


class Log:
    def __init__(self):
        self.items = []

    def append(self, item):
        self.items.append(("logged", item))

    def copy(self):
        return "a Log copies as this"


def add_to_each(things, item):
    for thing in things:
        thing.append(item)


def copies(things):
    return [thing.copy() for thing in things]


log = Log()
things = [[1], log, [2, 3], log]
add_to_each(things, 9)
print(things[0], things[2], log.items)
print(copies([[1, 2], {"a": 1}, log, [3]]))

for receiver in ["banana", [1, 2, 2, 3], "aha"]:
    print(type(receiver).__name__, receiver.count(2 if not isinstance(receiver, str) else "a"))

for receiver in [[5, 6, 7], {"k": "v", 6: "six"}, [8]]:
    print(type(receiver).__name__, receiver.pop(6 if isinstance(receiver, dict) else 0))

try:
    copies([[1], "text"])
except AttributeError as e:
    print("AttributeError:", e)


# A method called on a local (the receiver lent from it).
def nested(d, k):
    return d.get(d.get(k), "missing"), d.get(k, 0)


print(nested({"a": "b", "b": "c"}, "a"), nested({}, "z"))


def unbound():
    try:
        y.append(1)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = []
    return y


print(unbound())


def wrong_calls(words, counts):
    for call in (lambda: words.append(), lambda: counts.get(), lambda: "s".upper(1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    words.append(words)
    print(words, counts.get([]) if False else counts.get("x", words))


wrong_calls(["w"], {})

