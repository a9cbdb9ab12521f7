total = 3
print(f"Total: {}")
