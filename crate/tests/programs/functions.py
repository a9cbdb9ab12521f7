# Functions: defaults, keywords, *args, **kwargs, closures, recursion, globals.
def greet(name, greeting="Hello", *, punctuation="!"):
    return greeting + ", " + name + punctuation

print(greet("Ada"), greet("Bob", "Hi"), greet("Cy", punctuation="?"), greet(greeting="Yo", name="Di"))

def collect(*args, **kwargs):
    return args, kwargs

print(collect(1, 2, a=3), collect(*[4, 5], **{"b": 6}))

def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c = counter()
c()
c()
print(c(), counter()())

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)], fib(20))

calls = 0
def bump():
    global calls
    calls += 1

for _ in range(3):
    bump()
print("calls", calls)

def make_multipliers():
    return [lambda x, k=k: x * k for k in range(4)]

print([m(10) for m in make_multipliers()])

def scale(values, factor):
    return [v * factor for v in values if v > 0]

print(scale([1, -2, 3], 10), (lambda *a: sum(a))(1, 2, 3))

def fact(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(fact(30), len(str(fact(100))))
print(sorted(["banana", "Apple", "cherry"], key=str.lower), sorted([3, 1, 2], key=lambda v: -v))
