# A dict remembers where it last found a str key (a hint for the store that
# follows a get of the same key): the hint must never give a wrong entry.

def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts

print(count("a b a c b a".split()))
print(count(["x" + str(i % 3) for i in range(10)]))

# Equal strs made apart (not one object) find the same entry.
d = {"key": 1}
k = "ke" + "y"
d[k] = d.get(k, 0) + 10
print(d, len(d))

# After a deletion the entries move: the hint points at another key, or past the end.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("c"))
del d["a"]
print(d.get("c"), d.get("a"), d)
d["c"] = 30
print(d)
print(d.pop("b"), d.get("c"), d)
d.clear()
print(d.get("c"), d)
d["c"] = 1
d["d"] = 2
print(d)

# Keys of other kinds look past the hint; a str and an int are different keys.
d = {}
d["1"] = "str"
d[1] = "int"
print(d.get(1), d.get("1"), d.get(1.0), d)
d[1] = d[1] + "?"
d["1"] += "!"
print(d)

# `d[k] += 1`, `in`, and a missing key after a hit.
d = {"n": 0}
for i in range(5):
    d["n"] += i
    d["m" + str(i % 2)] = d.get("m" + str(i % 2), "") + str(i)
print(d, "n" in d, "z" in d, d.get("z", "none"))

# Two dicts, one key: each has its own hint.
a = {"p": 1, "q": 2}
b = {"q": 20, "p": 10}
for key in ["p", "q", "p"]:
    a[key] = a.get(key) + b.get(key)
print(a, b)

# for-loop variables that held other objects, and a loop variable read after the loop.
x = "text"
for x in range(3):
    pass
print(x)
items = [[1], [2]]
for items in range(2):
    pass
print(items)
total = 0
for i in range(5):
    total += i
for i in range(2, 0, -1):
    total += i * 10
print(i, total)
