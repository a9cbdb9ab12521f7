# A list used as a queue (pop(0)), then every other list operation on it:
# the front of the list moves, and nothing else may notice.
from collections import deque

queue = list(range(40))
seen = []
while len(queue) > 25:
    seen.append(queue.pop(0))
print(seen[:5], queue[:5], len(queue))
queue.insert(0, "front")
queue.insert(0, "first")
queue.insert(3, "third")
print(queue[:6], queue[-3:], len(queue))
queue[1:3] = ["a", "b", "c"]
print(queue[:6])
del queue[0:2]
print(queue[:4], len(queue))
queue.reverse()
print(queue[:3], queue[-3:])
print(queue.index(30), 30 in queue, queue.count("c"))
nums = [x for x in queue if isinstance(x, int)]
nums.sort(key=lambda n: -n)
print(nums[:5], sorted(nums)[:3])
queue.clear()
print(queue, len(queue))

# Breadth-first search with list.pop(0), checked against a deque.
graph = {n: [(n * 3 + 1) % 97, (n * 7 + 2) % 97, (n + 11) % 97] for n in range(97)}

def bfs_list(start):
    order, todo, seen = [], [start], {start}
    while todo:
        node = todo.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return order

def bfs_deque(start):
    order, todo, seen = [], deque([start]), {start}
    while todo:
        node = todo.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return order

print(bfs_list(0) == bfs_deque(0), len(bfs_list(5)), bfs_list(5)[:8])

# Many pops from the front, pushes at the back, and a copy taken on the way.
work = list(range(1000))
copies = []
for i in range(3000):
    work.append(work.pop(0) * 2 % 1009)
    if i % 997 == 0:
        copies.append(work[:3] + work[-3:])
print(len(work), sum(work), work[:4], copies)
while work:
    work.pop(0)
work.insert(0, 1)
work.append(2)
print(work, work * 2, work + [3], list(reversed(work)))
