bag = [1]
print("total" sorted(bag), bag)
