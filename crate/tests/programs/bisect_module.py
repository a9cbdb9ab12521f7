import bisect
from bisect import insort, bisect_left
a = [1, 3, 5, 7]
print(bisect.bisect(a, 4), bisect_left(a, 5), bisect.bisect_right(a, 5))
insort(a, 4); print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
