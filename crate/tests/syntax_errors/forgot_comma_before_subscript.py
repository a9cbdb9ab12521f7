x = [1]
print(x, x n [0])
