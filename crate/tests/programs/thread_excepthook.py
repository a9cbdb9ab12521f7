# threading.excepthook: replaced, it is called with a thread's uncaught
# exception (type, value, traceback and thread); the default stays
# threading.__excepthook__, and SystemExit in a thread is silent.
import sys
import threading


def boom(n):
    raise ValueError(f"boom {n}")


def quits():
    sys.exit(3)


t = threading.Thread(target=quits)
t.start()
t.join()
print(threading.excepthook is threading.__excepthook__)
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 isinstance(args.exc_value, args.exc_type)))


threading.excepthook = hook
for n in range(3):
    t = threading.Thread(target=boom, args=(n,), name=f"W{n}")
    t.start()
    t.join()
print(seen)


class Worker(threading.Thread):
    def run(self):
        raise KeyError("from run")


threading.excepthook = lambda args: print("hook saw", args.exc_type.__name__, args.exc_value, args.thread.name)
w = Worker(name="sub")
w.start()
w.join()
threading.excepthook = threading.__excepthook__
print("done", threading.excepthook is threading.__excepthook__)
