from math import *
print(pi, floor(2.5), sqrt(16))
from collections import *
print(Counter("aab").most_common(1), "OrderedDict" in dir() if False else True)
def f():
    pass
print(f.__name__)
