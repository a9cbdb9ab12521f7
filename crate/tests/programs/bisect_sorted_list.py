import bisect

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in (33, 59, 60, 77, 70, 89, 90, 100)])

class SortedList:
    def __init__(self, iterable=()):
        self._data = sorted(iterable)

    def add(self, x):
        bisect.insort(self._data, x)

    def remove(self, x):
        i = bisect.bisect_left(self._data, x)
        if i == len(self._data) or self._data[i] != x:
            raise ValueError(f"{x!r} not in list")
        del self._data[i]

    def count_range(self, lo, hi):
        return bisect.bisect_right(self._data, hi) - bisect.bisect_left(self._data, lo)

    def __contains__(self, x):
        i = bisect.bisect_left(self._data, x)
        return i < len(self._data) and self._data[i] == x

    def __repr__(self):
        return f"SortedList({self._data})"

sl = SortedList([5, 1, 9, 3])
sl.add(4)
sl.add(4)
print(sl, 4 in sl, 6 in sl, sl.count_range(3, 5))
sl.remove(4)
print(sl)
try:
    sl.remove(42)
except ValueError as e:
    print(e)

records = [("apple", 3), ("banana", 7), ("cherry", 12)]
keys = [r[1] for r in records]
print(records[bisect.bisect_left(keys, 7)])
print(bisect.bisect_left([1, 2, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 2, 3], 2))
people = [("ann", 31), ("bob", 25)]
people.sort(key=lambda p: p[1])
bisect.insort(people, ("cal", 28), key=lambda p: p[1])
print(people)
print(bisect.bisect([10, 20, 30], 25, lo=0, hi=2))
print(bisect.bisect_left("acegi", "f"))
times = [0, 10, 20, 30]
print([bisect.bisect(times, t) - 1 for t in (0, 5, 10, 29, 31)])
bisect.insort([1, 2], "x")
