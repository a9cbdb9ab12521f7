class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print(self.name, "closed")
def g():
    r = Res("in g")
    return 1 / 0
def main():
    try:
        g()
    except ZeroDivisionError as e:
        err = e
    print("kept error")
    del err
    print("deleted error")
main()
try:
    g()
except ZeroDivisionError as e:
    print("handler")
print("after handler")

def f():
    try:
        1/0
    except ZeroDivisionError as e:
        msg = str(e)
    print(msg)
    try:
        print(e)
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
f()
class C:
    try:
        {}["k"]
    except KeyError as problem:
        seen = repr(problem)
print(C.seen, hasattr(C, "problem"))
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                break
            continue
    return "e" in dir()
print(g())
def h():
    try:
        1/0
    except ZeroDivisionError as e:
        return lambda: e
print(h()())
