# A typo of a local variable's name: CPython 3.11 suggests the local
# first (the function's variable names), before globals and builtins.
counter = 0


def average(values):
    total = 0
    for value in values:
        total += value
    try:
        return totl / len(values)
    except NameError as error:
        # The suggestion is printed with the traceback only, not in str().
        print("caught:", error)
    count = len(values)
    return totall / count


print(average([1, 2, 3]))
