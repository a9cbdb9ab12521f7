def check(x):
    print(x, 0 < x < 10, 0 <= x <= 10 != x, x == x == x, 1 < x > 5)

for x in [-1, 0, 5, 10, 11]:
    check(x)

calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(2) < val(3), calls)
calls.clear()
print(val(3) < val(2) < val(1), calls)
a, b, c = 1, 2, 2
print(a < b == c, a < b is c, a is not b < c, a in [1] in [[1]])
print("a" < "b" < "c", [1, 2] < [1, 3] <= [1, 3], (1, "x") < (1, "y"))
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
x = 5
print(x if 1 < x < 10 else "out", not 1 < x, -x < 0 < x)
grade = 83
label = "A" if 90 <= grade <= 100 else "B" if 80 <= grade < 90 else "C"
print(label)
print(None is None is not False, [] == [] is not [], (1, 2) == (1, 2) != (2, 1))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 < 2 < "3")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print({1, 2} < {1, 2, 3} < {1, 2, 3, 4}, {1} <= {1})
