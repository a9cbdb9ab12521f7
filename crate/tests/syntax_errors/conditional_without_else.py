age = 20
status = "adult" if age >= 18
print(status)
