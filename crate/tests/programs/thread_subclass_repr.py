import threading

class Worker(threading.Thread):
    def __init__(self, n, results):
        super().__init__(name=f"Worker-{n}")
        self.n = n
        self.results = results
    def run(self):
        total = sum(i * i for i in range(self.n * 1000))
        self.results[self.name] = total

results = {}
workers = [Worker(i, results) for i in range(1, 4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for name in sorted(results):
    print(name, results[name])
print(workers[0].is_alive(), workers[0].daemon, workers[0].name)
print(repr(workers[0]).split(" ")[0])

try:
    workers[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(type(threading.get_ident()).__name__)
