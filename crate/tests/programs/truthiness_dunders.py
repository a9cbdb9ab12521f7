class Basket:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)

class Switch:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on

class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10

for obj in [Basket([]), Basket([1]), Switch(True), Switch(False), Both(), object()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)

print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(set()), bool(None), bool(0j))
print(bool("0"), bool([0]), bool(-1), bool(" "), bool(float("nan")), bool(range(0)))
print([] or "default", 0 or None, "a" and "b", "" and "never", None or 0 or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3, all([]), any([]), all([1, ""]), any([0, "x"]))
basket = Basket("abc")
while basket:
    print("taking", basket.items.pop())
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class FloatLen:
    def __len__(self):
        return 2.0
for bad in [BadBool(), BadLen(), FloatLen()]:
    try:
        bool(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(len(Basket("xy")), Basket("x").__len__())
