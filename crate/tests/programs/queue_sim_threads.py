import queue
import threading

orders = queue.Queue()
done = queue.Queue()
menu = {"coffee": 3, "tea": 2, "cake": 5}

def barista(name):
    while True:
        order = orders.get()
        if order is None:
            orders.task_done()
            break
        number, item = order
        done.put((number, item, menu[item], name))
        orders.task_done()

staff = [threading.Thread(target=barista, args=(f"b{i}",)) for i in range(3)]
for t in staff:
    t.start()
wanted = ["coffee", "tea", "cake", "coffee", "coffee", "tea", "cake", "tea"]
for number, item in enumerate(wanted, 1):
    orders.put((number, item))
orders.join()
for _ in staff:
    orders.put(None)
for t in staff:
    t.join()
served = sorted(done.get() for _ in range(done.qsize()))
for number, item, price, _ in served:
    print(f"order {number}: {item:6} ${price}")
print("revenue:", sum(s[2] for s in served), "served:", len(served), "empty:", orders.empty())
lifo = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lifo.put(x)
    pq.put((x, f"job{x}"))
print([lifo.get() for _ in range(3)], [pq.get()[1] for _ in range(3)])
bounded = queue.Queue(maxsize=1)
bounded.put("a")
try:
    bounded.put("b", block=False)
except queue.Full:
    print("full")
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
