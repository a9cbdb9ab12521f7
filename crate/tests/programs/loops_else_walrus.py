data = [3, 8, -1, 12, 0, 7, 25]
for i, v in enumerate(data):
    if v < 0:
        print("first negative at", i)
        break
else:
    print("no negatives")
for v in data:
    if v > 100:
        break
else:
    print("nothing above 100")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
else:
    print("collatz steps", steps)
chunks = iter(["alpha", "beta", "", "gamma"])
while (chunk := next(chunks)):
    print("chunk", chunk)
print([y for x in data if (y := x * 2) > 10])
if (count := len(data)) > 5:
    print(f"long list ({count})")
total = 0
i = 0
while True:
    i += 1
    if i % 2:
        continue
    total += i
    if i >= 10:
        break
print(total, i)
pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2]
print(pairs)
result = [[(r, c) for c in range(r)] for r in range(4)]
print(result)
evens = {x for x in range(10) if not x % 2}
print(evens, {k: k ** 2 for k in range(5) if k != 2})
count = 0
for _ in range(3):
    for _ in range(3):
        count += 1
print(count, _)
x = 10
print([x for x in range(3)], x)
print(next(iter([]), "default"), next(x for x in data if x > 10))
print(max(data, default=None), min([], default="empty"), sum([], start=10))
while (line := input()):
    print(line)
