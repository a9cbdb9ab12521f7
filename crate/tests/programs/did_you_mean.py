# An uncaught NameError or AttributeError ends with CPython 3.11's
# "Did you mean" (the traceback module's text has none).
import math
import traceback

total = 0
for code in ["print(totl)", "[].appendd(1)", "math.sqr(2)", "print(TRUE)"]:
    try:
        exec(code)
    except (NameError, AttributeError):
        print(traceback.format_exc().splitlines()[-1])
scores = [90, 85]
print(sum(scores) / len(scores))
print(len(scores), scores.sortt())
