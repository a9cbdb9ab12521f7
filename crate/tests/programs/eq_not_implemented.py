class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
a = A()
print(a == 1, a == a)
print([3,1,2].pop(), [1,2].index(2), sorted([3,1]), [1,1].count(1))
d = {}; d.update(a=1); print(d)
