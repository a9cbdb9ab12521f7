# Classes defined inside functions: their methods and their bodies see the
# enclosing function's locals (through cells); class-body names stay the
# class's own, invisible to its methods.


def h():
    z = 7

    class C:
        def m(self):
            return z

    return C().m()


print(h())


def with_helper():
    def helper(n):
        return n * 2

    class C:
        def run(self, n):
            return helper(n) + 1

    return C().run(20)


print(with_helper())


def body_reads():
    x = 1

    class C:
        y = x
        ys = [x, x + 1]

    return C.y, C.ys


print(body_reads())


def late_binding():
    value = "before"

    class C:
        def get(self):
            return value

    c = C()
    value = "after"
    return c.get()


print(late_binding())

label = "global label"


def class_names_hidden():
    label = "local label"

    class C:
        label = "class label"

        def which(self):
            return label

    return C.label, C().which()


print(class_names_hidden())

shadow = "module shadow"


def class_body_shadow():
    class C:
        shadow = "class shadow"

        def which(self):
            return shadow

    return C().which()


print(class_body_shadow())


def base_from_local():
    class Base:
        def hello(self):
            return "hello from " + type(self).__name__

    factor = 3

    class Child(Base):
        def triple(self, n):
            return n * factor

        def __repr__(self):
            return f"Child(factor={factor})"

    child = Child()
    return child.hello(), child.triple(5), repr(child)


print(base_from_local())


def make_counter_class(start):
    count = start

    class Counter:
        def bump(self):
            nonlocal count
            count += 1
            return count

    return Counter


Counter = make_counter_class(10)
a = Counter()
b = Counter()
print(a.bump(), b.bump(), a.bump())


def nested_two_levels():
    outer_value = "outer"

    def middle():
        middle_value = "middle"

        class C:
            def both(self):
                return outer_value, middle_value

        return C().both()

    return middle()


print(nested_two_levels())


def class_in_class_in_function():
    secret = 42

    class Outer:
        class Inner:
            def get(self):
                return secret

        def make(self):
            return self.Inner().get()

    return Outer().make()


print(class_in_class_in_function())


def with_super():
    greeting = "hi"

    class Base:
        def __init__(self, name):
            self.name = name

    class Child(Base):
        def __init__(self, name):
            super().__init__(name.upper())
            self.greeting = greeting

    c = Child("bob")
    return c.name, c.greeting, type(c).__qualname__


print(with_super())


def lambdas_and_comprehensions():
    k = 5

    class C:
        f = staticmethod(lambda n: n + k)
        squares = [i * k for i in range(3)]

        def g(self):
            return [k * j for j in range(2)]

    return C.f(1), C.squares, C().g()


print(lambdas_and_comprehensions())


def class_var_in_comprehension():
    class C:
        n = 3
        try:
            items = [n for _ in range(2)]
        except NameError as e:
            items = str(e)

    return C.items


n = "global n"
print(class_var_in_comprehension())


def decorated():
    tag = "<tag>"

    def deco(cls):
        cls.tag = tag
        return cls

    @deco
    class C:
        def show(self):
            return tag + "!"

    return C.tag, C().show()


print(decorated())


def body_assigns_after_read():
    x = "enclosing"

    class C:
        first = x
        x = "class"
        second = x

        def method(self):
            return x

    return C.first, C.second, C().method()


try:
    print(body_assigns_after_read())
except NameError as e:
    print("NameError:", e)


def del_in_class_body():
    class C:
        temp = 1
        kept = temp + 1
        del temp

    return hasattr(C, "temp"), C.kept


print(del_in_class_body())


def unbound_free():
    class C:
        def get(self):
            return later

    try:
        C().get()
    except NameError as e:
        print("NameError:", e)
    later = 1
    return C().get()


print(unbound_free())
class Outer:
    def make(self):
        me = self
        class Local:
            who = me.name
            def get(self):
                return me.name + "/" + type(me).__name__
        return Local.who, Local().get()
    name = "outer"

print(Outer().make())

def param(a, *rest, **kw):
    class C:
        x = a
        def m(self):
            return a, rest, kw
    return C.x, C().m()
print(param(1, 2, 3, k=4))

def gen():
    v = 3
    class C:
        def it(self):
            for i in range(v):
                yield i * v
    return list(C().it())
print(gen())


def nonlocal_in_class_body():
    x = 1

    class C:
        nonlocal x
        x = 2

    return x, hasattr(C, "x")


print(nonlocal_in_class_body())
