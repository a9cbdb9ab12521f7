# Methods of built-in types called wrongly: taken from their type with the
# wrong receiver, with too few or too many arguments, or with keywords.
calls = [
    lambda: list.append(1, 2),
    lambda: dict.get([], 1),
    lambda: str.upper(5),
    lambda: set.add("s", 1),
    lambda: list.append(),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: [].append(x=1),
    lambda: {}.get(),
    lambda: {}.get(1, 2, 3),
    lambda: {}.get(x=1),
    lambda: "a".upper(1),
    lambda: "a".upper(x=1),
    lambda: [].insert(1),
    lambda: [].pop(1, 2),
    lambda: {}.pop(),
    lambda: {}.setdefault(),
    lambda: {}.keys(1),
    lambda: "a".join(),
    lambda: "a".replace("a"),
    lambda: set().add(),
    lambda: [].copy(1),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

# Called rightly from the type, they work.
words = []
list.append(words, "a")
print(words, dict.get({"k": 1}, "k"), str.upper("x"))
