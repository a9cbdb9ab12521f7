import threading
class Counter(threading.Thread):
    def __init__(self, n, lock, totals):
        super().__init__()
        self.n = n
        self.lock = lock
        self.totals = totals
    def run(self):
        for _ in range(self.n):
            with self.lock:
                self.totals["count"] += 1
class Named(threading.Thread):
    def __init__(self, label):
        super().__init__(name=f"worker-{label}", daemon=False)
        self.label = label
        self.seen = None
    def run(self):
        self.seen = threading.current_thread().name
lock = threading.Lock()
totals = {"count": 0}
threads = [Counter(1000, lock, totals) for _ in range(4)]
print([t.name for t in threads], threads[0].is_alive())
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals, [t.is_alive() for t in threads], isinstance(threads[0], threading.Thread))
n = Named("a")
n.start()
n.join()
print(n.name, n.seen, n.label, n.daemon)
class WithTarget(threading.Thread):
    def run(self):
        print("before target")
        super().run()
        print("after target")
w = WithTarget(target=print, args=("in target",))
w.start()
w.join()
class Forgot(threading.Thread):
    def __init__(self):
        self.x = 1
f = Forgot()
try:
    f.start()
except RuntimeError as e:
    print("RuntimeError:", e)
class Failing(threading.Thread):
    def run(self):
        raise ValueError("inside run")
bad = Failing(name="bad")
bad.start()
bad.join()
print("main goes on")
