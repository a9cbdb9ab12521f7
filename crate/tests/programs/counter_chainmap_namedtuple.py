from collections import Counter, OrderedDict, ChainMap, deque, namedtuple

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief"""
words = [w.strip(",.").lower() for w in text.split()]
c = Counter(words)
print(c.most_common(4))
print(c["was"], c["missing"], len(c), sum(c.values()), c.total())
c2 = Counter("it it age new".split())
print(sorted((c & c2).items()), sorted((c2 - c).items()))
print((c2 + Counter(new=3)).most_common(2))
c2.subtract(["it", "it", "it"])
print(c2, +c2, -c2)
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print("".join(sorted(letters, key=lambda k: (-letters[k], k)))[:10])
print(list(Counter("abracadabra").elements()))

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od, od.popitem(), od.popitem(last=False), list(od))

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], dict(cm), len(cm))
cm["color"] = "blue"
print(user, defaults, cm.maps[0] is user)
child = cm.new_child({"size": "XL"})
print(child["size"], child.parents["size"])

dq = deque(range(5), maxlen=5)
dq.rotate(2)
print(dq)
dq.appendleft(-1)
dq.extend([10, 11])
print(dq, dq.maxlen, dq[0], dq[-1])
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p._replace(y=5), p._asdict(), Point._fields, Point._field_defaults)
x, y = Point(1, 2)
print(x + y, Point._make([7, 8]), p == (3, 0))
print(Counter(a=1) == Counter(a=1, b=0), Counter("aab") < Counter("aabb"))
print(Point(1, 2, 3))
