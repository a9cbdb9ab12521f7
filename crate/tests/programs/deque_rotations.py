from collections import deque

d = deque(range(1, 8))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1])
d.appendleft(0); d.append(99)
print(d.popleft(), d.pop(), d)
window = deque(maxlen=3)
for x in [5, 1, 4, 2, 8]:
    window.append(x)
    print(list(window), sum(window) / len(window))
print(window.maxlen, deque("abc", maxlen=2))
d2 = deque([1, 2, 3])
d2.extendleft([9, 8])
print(d2, d2.index(2), d2.count(9))
d2.remove(9)
d2.reverse()
print(d2, len(d2), 3 in d2)
def josephus(n, k):
    people = deque(range(1, n + 1))
    order = []
    while people:
        people.rotate(-(k - 1))
        order.append(people.popleft())
    return order
print(josephus(7, 3))
def palindrome(word):
    dq = deque(c.lower() for c in word if c.isalnum())
    while len(dq) > 1:
        if dq.popleft() != dq.pop():
            return False
    return True
print(palindrome("A man, a plan, a canal: Panama"), palindrome("python"))
print(deque([1, 2]) + deque([3]), deque([1]) * 3, deque([1, 2]) == deque([1, 2]))
d3 = deque([1, 2, 3, 4])
del d3[1]
d3.insert(1, "x")
print(d3, d3.copy(), list(reversed(d3)))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(5),
            lambda: deque([1])[5], lambda: deque([1], maxlen=1).insert(0, 2)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
