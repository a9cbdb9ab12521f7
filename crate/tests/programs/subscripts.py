# x[k] and x[k] = v of local variables (read where they are), against python3.


def reads(d, k, items, i, text, j):
    return d[k], items[i], items[-1], text[j], text[-1], (items if i else d)[i]


print(reads({"a": 1, 0: "zero"}, "a", [10, 20, 30], 1, "héllo", 1))
print(reads({"a": 1, 0: "zero"}, "a", [10, 20, 30], 0, "hello", 4))


def writes():
    d = {1: "one"}
    k = 1.0
    d[k] = "uno"
    k = 2
    d[k] = "two"
    items = [0, 0, 0]
    i = -1
    items[i] = 9
    i = 0
    items[i] = d
    return d, items


print(writes())


def counting(words):
    counts = {}
    for word in words:
        n = counts.get(word, 0)
        counts[word] = n + 1
    return counts


print(counting("the cat and the hat and the bat".split()))


def errors():
    d = {"a": 1}
    items = [1, 2]
    text = "abc"
    for attempt in range(6):
        try:
            k = ["b", 5, 2.5, None, -4, 3][attempt]
            if attempt == 0:
                print(d[k])
            elif attempt == 1:
                print(items[k])
            elif attempt == 2:
                items[k] = 1
            elif attempt == 3:
                d[[k]] = 1
            elif attempt == 4:
                print(text[k])
            else:
                print(text[k])
        except (KeyError, IndexError, TypeError) as e:
            print(type(e).__name__, e)


errors()


def unbound(d):
    try:
        print(d[k])
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    k = 1
    return d[k]


print(unbound({1: "found"}))


for container in ("abc", [1], (1,), range(3)):
    try:
        container[2.5]
    except TypeError as e:
        print(e)


def last(d, k):
    return d[k]


last({"here": 1}, "missing")
