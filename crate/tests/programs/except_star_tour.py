# except* (3.11): each clause handles the part of a group it matches.
def check(record):
    problems = []
    if not record.get("name"):
        problems.append(ValueError("name missing"))
    if not isinstance(record.get("age"), int):
        problems.append(TypeError(f"age {record.get('age')!r} is not an int"))
    if record.get("age", 0) and record["age"] < 0:
        problems.append(ValueError("age negative"))
    if problems:
        raise ExceptionGroup(f"record {record.get('id')}", problems)
    return record

records = [
    {"id": 1, "name": "Ann", "age": 31},
    {"id": 2, "name": "", "age": "x"},
    {"id": 3, "name": "Bo", "age": -4},
]
for record in records:
    try:
        check(record)
        print(record["id"], "ok")
    except* ValueError as eg:
        print(record["id"], "values:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print(record["id"], "types:", [str(e) for e in eg.exceptions])

# A naked exception is matched as a group of one.
try:
    raise KeyError("lonely")
except* KeyError as eg:
    print("naked:", repr(eg))

# What no clause matches goes on.
try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), OSError("disk"), KeyError(3)])
    except* ValueError:
        print("handled the ValueError")
except ExceptionGroup as rest:
    print("left over:", repr(rest))

# A bare raise puts the matched part back.
try:
    try:
        raise ExceptionGroup("again", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("looked at it, raising again")
        raise
except ExceptionGroup as eg:
    print("after raise:", repr(eg))

# An exception raised in a clause joins what is left.
try:
    try:
        raise ExceptionGroup("conv", [ValueError("x"), TypeError("y")])
    except* ValueError:
        raise RuntimeError("could not convert")
except ExceptionGroup as eg:
    print("new group:", repr(eg))
    print("context:", repr(eg.exceptions[0].__context__))

try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

def worker(n):
    if n == 2:
        raise ZeroDivisionError("division by zero in task 2")
    if n == 4:
        raise KeyError(f"task {n}")
    return n

def run_all():
    errors = []
    for n in range(5):
        try:
            worker(n)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("tasks failed", errors)

try:
    run_all()
except* KeyError:
    print("a KeyError was handled")
