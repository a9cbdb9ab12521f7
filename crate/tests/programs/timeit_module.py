# timeit: the results are times, so only their types and counts are shown.
import timeit

calls = []


def work():
    calls.append(1)
    return sum(range(10))


t = timeit.timeit(work, number=5)
print(type(t).__name__, t >= 0, len(calls))
t = timeit.timeit("x = sum(range(100))", number=1000)
print(type(t).__name__, t >= 0)
t = timeit.timeit("d[k]", setup="d = {'a': 1}; k = 'a'", number=100)
print(type(t).__name__, t >= 0)
results = timeit.repeat("[i * i for i in range(10)]", repeat=3, number=10)
print(type(results).__name__, len(results), all(r >= 0 for r in results))
counter = {"n": 0}


def bump():
    counter["n"] += 1


timeit.repeat(bump, repeat=4, number=3)
print(counter["n"])
# globals= lets the statement see the program's names.
total = 0
timeit.timeit("total_calls.append(work())", number=3, globals={"total_calls": calls, "work": work})
print(len(calls))
timer = timeit.Timer("y = 2 ** 10")
print(type(timer.timeit(number=10)).__name__, len(timer.repeat(repeat=2, number=5)))
number, taken = timeit.Timer(lambda: None).autorange()
print(number >= 1, taken >= 0.2)
start = timeit.default_timer()
elapsed = timeit.default_timer() - start
print(type(start).__name__, elapsed >= 0)
try:
    timeit.timeit("x = ", number=1)
except SyntaxError as e:
    print("SyntaxError")
try:
    timeit.timeit("1 / 0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
