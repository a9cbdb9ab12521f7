a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a <= b, a < b, b > a, b >= a, a < a, a <= a, a >= c, a < c, a > c, a == {2, 1}, set() <= a, a.issubset(b), b.issuperset(a))
print(sorted([{1, 2, 3}, {1}, {1, 2}], key=len))
