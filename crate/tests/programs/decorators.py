# Decorators: the optimiser makes a decorator that is a global name a callee
# (LoadGlobalCallee), as it does `f(x)` of a global f. The decorator is
# looked up before the function is made, even when making it rebinds the name.

calls = []


def trace(f):
    calls.append(f.__name__)
    return f


def twice(f):
    def wrapper(*args):
        return f(*args) + f(*args)

    return wrapper


@trace
def one():
    return 1


@trace
@twice
def two(x):
    return x + 1


def rebind():
    global trace
    old = trace
    trace = lambda f: "rebound"
    return old


# The default is evaluated after `trace` is looked up: the old trace decorates.
@trace
def three(x=rebind()):
    return x


print(one(), two(20), three.__name__, trace(None), calls)


def rebind_again():
    global trace
    trace = lambda f: "again"


# The default looks `trace` up again after rebinding it: the decorator looked
# up before is still the one called.
@trace
def four(x=(rebind_again(), trace)[1]):
    return x


print(four, trace(None))


def named(f):
    calls.append("named " + f.__name__)
    return f


# In a class body, whose own names come first.
class Shapes:
    def named(f):
        calls.append("own " + f.__name__)
        return f

    @named
    def area(self, w, h):
        return w * h


print(Shapes().area(2, 5), calls[-1])

# Str constants added: the optimiser fuses `x + "s"`, `"s" + x` and
# `x + f"s"` (an f-string without fields is a str constant).
name = "py"
print(name + "!", "<" + name, name + f"-lit", f"{name!r}" + "?")
print((name if name else "none") + "/", "/" + (name if not name else "none"))
try:
    print("n=" + 1)
except TypeError as e:
    print(e)
try:
    print(1 + f"x")
except TypeError as e:
    print(e)
