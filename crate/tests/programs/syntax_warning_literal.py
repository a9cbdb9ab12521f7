x = 5
y = 1if x else 2
print(y)
z = [0x1for _ in range(2)]
print(z)
print(1or 2)
