# raise SystemExit(3): exit status 3, no traceback; `finally` still runs.
import sys

print("before", sys.stdout.write("written\n"))
try:
    raise SystemExit(3)
finally:
    print("finally")
print("never printed")
