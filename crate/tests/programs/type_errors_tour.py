def total_price(items):
    total = 0
    for name, price in items:
        total = total + price
    return total

print(total_price([("a", 1), ("b", 2.5)]))
try:
    total_price([("a", "1")])
except TypeError as e:
    print(e)
try:
    print("age: " + 30)
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    [1, 2] * "2"
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    {}[[1]]
except TypeError as e:
    print(e)
try:
    int("3.5")
except ValueError as e:
    print(e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(e)
try:
    "x".join([1, 2])
except TypeError as e:
    print(e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(e)
def f(a, b=2, *, c):
    return a + b + c
for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(c=1), lambda: f(1, c=2, d=4)):
    try:
        call()
    except TypeError as e:
        print(e)
price = {"apple": 1.25}
count = "3"
print("Cost:", price["apple"] * count)
