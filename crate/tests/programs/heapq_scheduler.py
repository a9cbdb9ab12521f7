import heapq
from dataclasses import dataclass, field
import itertools

@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)

class Scheduler:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count()
        self.clock = 0
        self.log = []

    def submit(self, name, priority, duration=1):
        heapq.heappush(self._heap, Job(priority, next(self._counter), name, duration))

    def run(self):
        while self._heap:
            job = heapq.heappop(self._heap)
            self.clock += job.duration
            self.log.append(f"t={self.clock:>3} {job.name} (p{job.priority})")

s = Scheduler()
for name, pri, dur in [("backup", 5, 30), ("email", 1, 2), ("compile", 3, 15), ("alert", 0, 1), ("index", 3, 7)]:
    s.submit(name, pri, dur)
s.run()
print("\n".join(s.log))

data = [15, 3, 9, 27, 1, 8, 12, 4]
print(heapq.nsmallest(3, data), heapq.nlargest(3, data))
print(heapq.nlargest(2, ["pear", "fig", "banana", "kiwi"], key=len))
h = data[:]
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)], len(h))
print(heapq.heappushpop(h, 2), heapq.heapreplace(h, 100), sorted(h))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper, reverse=False)))

def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(pq, (nd, nxt))
    return dist

g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 5)], "B": [("D", 1)], "D": []}
print(sorted(dijkstra(g, "A").items()))
heapq.heappush([], None)
heapq.heappush(h, "x")
