# issubclass over the classes this Python has, and the os module's process
# functions (values that differ from machine to machine are only checked).
import os

print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, LookupError)))
print(issubclass(TimeoutError, OSError), issubclass(RecursionError, RuntimeError))
for bad in [(1, int), (int, 1)]:
    try:
        issubclass(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(os.name, repr(os.sep), repr(os.linesep))
print(isinstance(os.getpid(), int), os.getpid() != os.getppid(), os.cpu_count() >= 1)
print(os.getenv("GIL_PLAYGROUND_NO_SUCH_VARIABLE"), os.getenv("GIL_PLAYGROUND_NO_SUCH_VARIABLE", "default"))
try:
    print("before _exit", flush=True)
    os._exit(3)
finally:
    print("never printed: os._exit runs no finally")
