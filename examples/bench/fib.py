# Recursive calls: fib(25).
import time

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

start = time.perf_counter()
result = fib(25)
elapsed = time.perf_counter() - start
print(result)
print(f"ms={elapsed * 1000:.3f}")
