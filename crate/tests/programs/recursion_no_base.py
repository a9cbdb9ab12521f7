def factorial(n):
    return n * factorial(n - 1)

def countdown(n):
    print(n) if n % 400 == 0 else None
    countdown(n - 1)

try:
    factorial(5)
except RecursionError as e:
    print("RecursionError:", e)

countdown(1000)
