numbers = ["1", "2", "x"]
total = 0
for text in numbers:
    try:
        total += int(text)
print(total)
