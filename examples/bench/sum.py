# The articles' CPU task as a generator expression, timed by itself.
import time

start = time.perf_counter()
result = sum(i * i for i in range(3_000_000))
elapsed = time.perf_counter() - start
print(result)
print(f"ms={elapsed * 1000:.3f}")
