# Exceptions: try/except/else/finally, raise, assert, and an uncaught one.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("fine")
        return result
    finally:
        print("finally runs")

print(divide(1, 2), divide(1, 0))

for bad in ["x", None, [1]]:
    try:
        int(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)

try:
    [][3]
except IndexError as e:
    print("IndexError:", e)

try:
    undefined_name
except NameError as e:
    print(e)

try:
    raise ValueError("custom", 42)
except Exception as e:
    print(e, e.args)

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)

try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")

def deep(n):
    return deep(n + 1)

try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

def fails():
    return {"a": 1}["b"]

print("before")
fails()
print("not reached")
