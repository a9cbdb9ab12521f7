l = [1, 2, 3]
t = (4, 5)
print(l[0], l[-1], l[-3], t[1], t[-2], l[True])
for bad in (3, -4, 10**20):
    try:
        print(l[bad])
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(t[bad])
    except IndexError as e:
        print("IndexError:", e)
class L(list):
    def __getitem__(self, i):
        return ("sub", i)
print(L([1])[0])
l[0] = 9; l[-1] = 8
print(l)
try:
    l[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    l[-9] = 1
except IndexError as e:
    print("IndexError:", e)
class M(list):
    def __setitem__(self, i, v):
        print("set", i, v)
m = M([1, 2])
m[0] = 5
print(m)
