from contextlib import ExitStack, contextmanager, suppress, nullcontext, closing

log = []

@contextmanager
def resource(name, fail=False):
    log.append(f"open {name}")
    try:
        if fail:
            raise OSError(f"cannot open {name}")
        yield name.upper()
    finally:
        log.append(f"close {name}")

with ExitStack() as stack:
    handles = [stack.enter_context(resource(n)) for n in ("a", "b", "c")]
    stack.callback(log.append, "callback ran")
    print(handles)
print(log)

log.clear()
try:
    with ExitStack() as stack:
        for n in ("x", "y", "z"):
            stack.enter_context(resource(n, fail=(n == "z")))
except OSError as e:
    print("OSError:", e)
print(log)

log.clear()
with ExitStack() as stack:
    stack.enter_context(resource("keep"))
    moved = stack.pop_all()
print("after with:", log)
moved.close()
print("after close:", log)

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
with nullcontext(42) as value:
    print("nullcontext gave", value)

class Conn:
    def close(self):
        print("conn closed")
with closing(Conn()) as c:
    print("using", type(c).__name__)

def cleanup(exc_type, exc, tb):
    print("exit callback saw", exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(cleanup)
    raise ValueError("swallowed")
print("continued")
