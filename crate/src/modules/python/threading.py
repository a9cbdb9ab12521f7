# threading: the page's threads, locks, events and semaphores are written in
# Rust (`_threading`: real wasm threads under the page's GIL); the classes
# built from them are written here in Python, as CPython writes its own:
# Condition, Barrier, Timer, local, and excepthook.

from _threading import *
from time import monotonic as _time


class Condition:
    """A condition variable over a lock (an RLock unless given one)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock!r}, {len(self._waiters)})>"

    def wait(self, timeout=None):
        if not self._lock._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter waits on a lock of its own, taken here and released
        # by notify().
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._lock._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._lock._acquire_restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if end is None:
                    end = _time() + waittime
                else:
                    waittime = end - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """`parties` threads wait until all of them have come (then all go on)."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0 and self._state in (-1, 1):
            self._state = 0
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2

    def __repr__(self):
        if self.broken:
            return f"<threading.Barrier at 0x{id(self):x}: broken>"
        return (f"<threading.Barrier at 0x{id(self):x}: waiters={self.n_waiting}/{self.parties}>")


class Timer(Thread):
    """Calls `function(*args, **kwargs)` after `interval` seconds, unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    """Attributes of their own for each thread."""

    def __init__(self, *args, **kwargs):
        if (args or kwargs) and type(self).__init__ is local.__init__:
            raise TypeError("Initialization arguments are not supported")
        # Stored as plain attributes, past this class's __setattr__.
        super().__setattr__("_local__dicts", {})
        super().__setattr__("_local__args", (args, kwargs))

    def _local__mine(self):
        dicts = self._local__dicts
        me = get_ident()
        if me not in dicts:
            dicts[me] = {}
            # A subclass's __init__ runs again in each new thread, as CPython's.
            if type(self).__init__ is not local.__init__:
                args, kwargs = self._local__args
                type(self).__init__(self, *args, **kwargs)
        return dicts[me]

    def __getattr__(self, name):
        mine = local._local__mine(self)
        if name in mine:
            return mine[name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        local._local__mine(self)[name] = value

    def __delattr__(self, name):
        mine = local._local__mine(self)
        if name not in mine:
            raise AttributeError(name)
        del mine[name]


class ExceptHookArgs:
    """What `excepthook` is given: the exception of a thread, and the thread."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return (f"ExceptHookArgs(exc_type={self.exc_type!r}, exc_value={self.exc_value!r}, "
                f"exc_traceback={self.exc_traceback!r}, thread={self.thread!r})")


def excepthook(args, /):
    """Prints a thread's uncaught exception to stderr (SystemExit is silent).

    A thread's own end calls this only when the program replaced it: the
    page prints the default's text itself, with the thread's traceback."""
    if args.exc_type is SystemExit:
        return
    import sys
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=sys.stderr)
    message = str(args.exc_value)
    kind = args.exc_type.__name__
    print(f"{kind}: {message}" if message else kind, file=sys.stderr)


__excepthook__ = excepthook
