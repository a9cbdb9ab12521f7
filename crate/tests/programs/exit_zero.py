# sys.exit() and sys.exit(None): status 0, nothing printed to stderr.
import sys

try:
    sys.exit(None)
except SystemExit as e:
    print("code", e.code)
print("then sys.exit()")
sys.exit()
