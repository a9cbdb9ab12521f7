# CPU-bound, the articles' loop form: `for i in range(n): result += i ** 2`.
def task(n):
    result = 0
    for i in range(n):
        result += i ** 2
    return result


if __name__ == "__main__":
    print(task(1_000_000))
