import sys
def r(n):
    return r(n + 1)
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: r(0))
t = (1, 2)
def store():
    t[0] = 5
def unpack():
    a, b, c = t
def check():
    assert len(t) == 3, "three"
for f in (store, unpack, check):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    deep(n - 1)
deep(50)
