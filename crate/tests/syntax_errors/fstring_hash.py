items = [1, 2]
print(f"{len(items) # count}")
