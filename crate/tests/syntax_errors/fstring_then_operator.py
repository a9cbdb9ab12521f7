name = "Ada"
label = f"{name!}" + "!"
print(label)
