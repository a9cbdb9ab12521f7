name = "Ada"
print(f"Hello {name")
