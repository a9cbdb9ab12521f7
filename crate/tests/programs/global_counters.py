# Globals as learners use them: a counter updated through 'global', a global that
# changes kind, and functions replaced while calls to them are cached.
counter = 0
def helper(x):
    return x + 1
def bump():
    global counter
    counter = helper(counter)
for _ in range(500000):
    bump()
print(counter)
# A global that changes kind, and a function replaced while cached.
value = 1
def read():
    return value
print(read()); value = "two"; print(read()); value = len; print(read()("abc")); value = 3.5; print(read())
def f(): return "f1"
def call_f(): return f()
print(call_f())
def f(): return "f2"
print(call_f())
n = 0
for i in range(5):
    n += i
    f = (lambda k: lambda: f"lam{k}")(i)
    print(call_f(), n)
