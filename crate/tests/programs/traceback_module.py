# The traceback module and sys.exc_info(), as learners use them. print_exc
# and print_exception write to stderr; format_exc and the file=sys.stdout
# forms go to stdout. (Recorded as main.py, the page's name for a program.)
import sys
import threading
import traceback


def parse(text):
    return int(text)


def load(items):
    return [parse(item) for item in items]


def process(items):
    total = sum(load(items))
    return total


def log_error():
    # Called from an except block: print_exc sees the caller's exception.
    traceback.print_exc()
    print("logged", sys.exc_info()[0].__name__)


print("outside:", sys.exc_info())

# print_exc in nested calls, and format_exc as a str.
try:
    process(["1", "2", "x"])
except ValueError:
    traceback.print_exc()
    log_error()
    text = traceback.format_exc()
    print(type(text).__name__, len(text.splitlines()))
    print(text, end="")
    kind, value, tb = sys.exc_info()
    print(kind.__name__, repr(value), tb.tb_lineno, tb.tb_frame.f_code.co_name)
print("after:", sys.exc_info())


# Chained exceptions: explicit cause, implicit context, suppressed context.
class ConfigError(Exception):
    pass


def read_config(name):
    try:
        return {"port": "80"}[name]
    except KeyError as e:
        raise ConfigError(f"missing {name}") from e


try:
    read_config("host")
except ConfigError:
    print(traceback.format_exc(), end="")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError:
    traceback.print_exc()
    traceback.print_exc(chain=False)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

# The single-argument and (type, value, tb) forms, kept after the block.
try:
    process(["4", "five"])
except ValueError as e:
    saved = e
lines = traceback.format_exception(saved)
print(len(lines), lines[0], end="")
print(lines[-1], end="")
print(traceback.format_exception(type(saved), saved, saved.__traceback__) == lines)
traceback.print_exception(saved, file=sys.stdout)
traceback.print_exception(type(saved), saved, saved.__traceback__, limit=1, file=sys.stdout)
traceback.print_exception(saved, limit=-1, file=sys.stdout)
print(traceback.format_exception_only(saved))
print(traceback.format_exception_only(type(saved), saved))
print(traceback.format_exception_only(ConfigError("bad config")))
print(traceback.format_exception_only(KeyError()))

# extract_tb: FrameSummary items, which unpack as 4-tuples.
summary = traceback.extract_tb(saved.__traceback__)
print(len(summary))
for frame in summary:
    print(frame.filename, frame.lineno, frame.name, repr(frame.line))
    filename, lineno, name, line = frame
    print(" ", name, lineno, line)
print(summary[-1])
print(traceback.extract_tb(saved.__traceback__, limit=2)[-1].name)
print(traceback.format_tb(saved.__traceback__)[-1], end="")
print(traceback.format_list(summary[:1]))
traceback.print_tb(saved.__traceback__, file=sys.stdout)
traceback.print_tb(saved.__traceback__, limit=-2)

# The traceback object itself.
tb = saved.__traceback__
while tb is not None:
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_code.co_filename)
    last = tb
    tb = tb.tb_next
# The innermost frame has finished: its f_lineno is where it stopped.
print(last.tb_frame.f_lineno)
for frame, lineno in traceback.walk_tb(saved.__traceback__):
    print(frame.f_code.co_name, lineno)
print(ValueError("fresh").__traceback__)

# with_traceback, and raising an exception again.
error = RuntimeError("again")
print(error.with_traceback(saved.__traceback__.tb_next) is error)
try:
    raise error
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
try:
    raise saved.with_traceback(None)
except ValueError:
    traceback.print_exc(file=sys.stdout)


# exc_info in a finally block, and in a generator.
def cleanup():
    try:
        parse("?")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)


try:
    cleanup()
except ValueError:
    pass


def numbers():
    try:
        yield 1
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[1]
    yield sys.exc_info()[0]


print(list(numbers()))


# In a thread: that thread's traceback.
def worker(item):
    try:
        process([item])
    except ValueError:
        print("thread:", threading.current_thread().name, sys.exc_info()[0].__name__)
        traceback.print_exc(file=sys.stdout)
        traceback.print_exc()


thread = threading.Thread(target=worker, args=("seven",), name="worker")
thread.start()
thread.join()


# A thread's uncaught exception reaches threading.excepthook with its
# traceback (CPython's begins in threading.py; it ends in the program's).
def hook(args):
    frames = traceback.extract_tb(args.exc_traceback)[-4:]
    print("hook:", args.exc_type.__name__, [(f.name, f.lineno) for f in frames])


threading.excepthook = hook
thread = threading.Thread(target=process, args=(["eight"],))
thread.start()
thread.join()
threading.excepthook = threading.__excepthook__

# Nothing being handled.
print(repr(traceback.format_exc()))
traceback.print_exc()
print(traceback.format_exception(None))
print("done")
