# Strings, lists and dicts: building, looking up, joining.
import time

def build(n):
    counts = {}
    words = []
    for i in range(n):
        key = "k" + str(i % 1000)
        counts[key] = counts.get(key, 0) + 1
        words.append(key.upper())
    return len(counts), len(words), sum(counts.values()), "".join(words[:3])

start = time.perf_counter()
result = build(200_000)
elapsed = time.perf_counter() - start
print(result)
print(f"ms={elapsed * 1000:.3f}")
