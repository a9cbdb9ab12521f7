while x:
print(i)
