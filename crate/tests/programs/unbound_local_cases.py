count = 10

def show():
    print(count)

def increment_wrong():
    count += 1

def shadow_later():
    print(count)
    count = 5

def conditional(flag):
    if flag:
        value = "set"
    return value

def deleted():
    x = 1
    del x
    return x

def loop_var(items):
    for item in items:
        pass
    return item

def fixed():
    global count
    count += 1
    return count

show()
print(fixed())
for f, args in [(increment_wrong, ()), (shadow_later, ()), (conditional, (False,)),
                (conditional, (True,)), (deleted, ()), (loop_var, ([1, 2],)), (loop_var, ([],))]:
    try:
        print(f.__name__, "->", f(*args))
    except UnboundLocalError as e:
        print(f.__name__, "UnboundLocalError:", e)
    except NameError as e:
        print(f.__name__, "NameError:", e)

def outer():
    total = 0
    def add(n):
        total += n
        return total
    return add(1)
try:
    outer()
except UnboundLocalError as e:
    print("closure:", e)
print(issubclass(UnboundLocalError, NameError))
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e, "| name:", e.name)
def last():
    try:
        result = 1 / 0
    except ZeroDivisionError:
        pass
    return result
last()
