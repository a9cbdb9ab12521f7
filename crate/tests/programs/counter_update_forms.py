from collections import Counter
c = Counter("abracadabra")
print(c, c.most_common(2))
c.update("aaz")
print(c)
c.update({"a": 2})
print(c)
c.update(["x"], y=3)
print(c)
class MyC(Counter):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
m = MyC("ab")
print(m)
class G(Counter):
    def get(self, k, d=None):
        return 10
print(G("aab"))
c = Counter([1, 1.0, True, 2])
print(c)
c = Counter()
c["q"] = 1.5
c.update("qq")
print(c)
try:
    Counter([[1]])
except TypeError as e:
    print(e)
try:
    Counter(5)
except TypeError as e:
    print(e)
def gen():
    yield "a"; yield "b"; raise ValueError("boom")
try:
    Counter(gen())
except ValueError as e:
    print(e)
print(Counter(x % 3 for x in range(10)))
