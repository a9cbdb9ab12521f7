# The articles' CPU task as a loop: for i in range(n): result += i ** 2.
import time

def benchmark_task(n):
    result = 0
    for i in range(n):
        result += i ** 2
    return result

start = time.perf_counter()
result = benchmark_task(3_000_000)
elapsed = time.perf_counter() - start
print(result)
print(f"ms={elapsed * 1000:.3f}")
