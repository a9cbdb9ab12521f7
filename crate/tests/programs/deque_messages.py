from collections import deque, defaultdict, OrderedDict
d = deque([1, 2, 3], maxlen=5)
for expr in ["d[10]", "d.remove(9)", "deque().pop()", "deque().popleft()", "d.index(9)", "d['x']", "deque(1)", "d + [1]", "hash(d)", "d.rotate('x')", "deque([1], maxlen=-1)", "d < [1]", "d.foo", "{d: 1}", "defaultdict(int).foo", "defaultdict(int) + 1", "OrderedDict().foo", "deque(maxlen=1).foo()"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(f"{expr}: {type(e).__name__}: {e}")
print(repr(d), deque("ab"), deque(maxlen=2), d * 2, d == deque([1, 2, 3]), type(d).__module__, type(d).__qualname__, repr(type(d)))
print(type(d), type(defaultdict(int)), type(OrderedDict()), defaultdict(list, a=[1]), OrderedDict(a=1))
class MyDeque(deque):
    pass
try:
    MyDeque().x
except AttributeError as e:
    print(e)
q = deque()
q.append("job")
print(q.popleft())
q.popleft()
