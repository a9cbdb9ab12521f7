total = 0
def add_to_total(n):
    global total
    total += n
    return total
print(add_to_total(5), add_to_total(10), total)

def make_acc():
    acc = []
    def add(x):
        acc.append(x)
        return len(acc)
    return add
a = make_acc()
print(a(1), a(2), a.__closure__[0].cell_contents)

def shadow():
    x = "local"
    def inner():
        return x
    return inner()
x = "global"
print(shadow(), x)

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
print([locals().get("zz", "none")][0], "total" in globals())

def uses_before():
    try:
        print(value)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    value = 1
    return value
uses_before()
try:
    print(never_defined)
except NameError as e:
    print("NameError:", e)
try:
    del undefined_thing
except NameError as e:
    print(e)
def f():
    del local_thing
try:
    f()
except UnboundLocalError as e:
    print(e)
count = 10
def bump():
    count += 1
bump()
