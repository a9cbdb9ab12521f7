# `:=` in conditions, loops and displays (not in comprehensions yet), and
# iter(callable, sentinel).
items = [4, 3, 2, 1]
while (n := len(items)) > 2:
    items.pop()
print(n, items)
if (doubled := n * 2) > 3:
    print("doubled", doubled)


def first_big(values, limit):
    for v in values:
        if (square := v * v) > limit:
            return v, square
    return None


print(first_big([1, 5, 9], 20), first_big([1], 20))
print([y := 5, y ** 2], y)
stack = [1, 2, None, 3, 4]
print(list(iter(stack.pop, None)), stack)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
try:
    iter(5, None)
except TypeError as e:
    print("TypeError:", e)
