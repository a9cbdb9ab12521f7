# queue: Queue and SimpleQueue are the page's own (`_queue`, in Rust); the
# queues that take items in another order, LifoQueue and PriorityQueue, are
# written here over a Condition, as CPython writes its own.

from _queue import *
from _queue import Queue, Empty, Full
import heapq as _heapq
import threading as _threading
from time import monotonic as _time

SimpleQueue = Queue


class _OrderedQueue:
    """A queue whose items come out in the order `_put`/`_get` keep."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._items = []
        self.mutex = _threading.Lock()
        self.not_empty = _threading.Condition(self.mutex)
        self.not_full = _threading.Condition(self.mutex)
        self.all_tasks_done = _threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError("task_done() called too many times")
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return len(self._items)

    def empty(self):
        with self.mutex:
            return not self._items

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= len(self._items)

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if len(self._items) >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while len(self._items) >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    end = _time() + timeout
                    while len(self._items) >= self.maxsize:
                        remaining = end - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not block:
                if not self._items:
                    raise Empty
            elif timeout is None:
                while not self._items:
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                end = _time() + timeout
                while not self._items:
                    remaining = end - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)


class LifoQueue(_OrderedQueue):
    """Last in, first out."""

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        return self._items.pop()


class PriorityQueue(_OrderedQueue):
    """The smallest item first (entries are often (priority, data) pairs)."""

    def _put(self, item):
        _heapq.heappush(self._items, item)

    def _get(self):
        return _heapq.heappop(self._items)
