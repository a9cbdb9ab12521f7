# frozenset: construction, algebra with sets, hashing, methods, errors.
fs = frozenset([3, 1, 2, 1])
print(len(fs), 1 in fs, 5 in fs, sorted(fs))
print(frozenset(), repr(frozenset("a")), type(fs).__name__, type(fs) is frozenset)
print(isinstance(fs, frozenset), isinstance(fs, set), isinstance({1}, frozenset))
print(fs == {1, 2, 3}, {1, 2, 3} == fs, fs != frozenset({1, 2}))
print(frozenset({1, 2}) < fs, fs <= fs, fs > {1}, fs >= frozenset())
u = fs | {4}
print(type(u).__name__, sorted(u))
v = {4} | fs
print(type(v).__name__, sorted(v))
print(type(fs & {1, 9}).__name__, sorted(fs & {1, 9}), sorted(fs - {1}), sorted(fs ^ {1, 7}))
print(type(fs.union([5])).__name__, sorted(fs.union([5], (6,))))
print(sorted(fs.intersection({2, 3, 4})), sorted(fs.difference([1])), sorted(fs.symmetric_difference([3, 4])))
print(fs.issubset(range(10)), fs.issuperset([1, 2]), fs.isdisjoint([7, 8]))
print(fs.copy() is fs, frozenset(fs) is fs)
d = {fs: "three", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()], frozenset([2, 1, 3]) in d)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(frozenset([frozenset([2, 1]), frozenset([3])]) == nested, frozenset([1, 2]) in nested)
g = fs
g |= {10}
print(sorted(g), sorted(fs), g is fs)
print(set(fs) == fs, type(set(fs)).__name__)
for bad in ["fs.add(1)", "fs.remove(1)", "fs.discard(1)", "fs.clear()", "fs.update([1])",
            "hash({1})", "frozenset([[1]])", "frozenset(1)", "frozenset(1, 2)",
            "set.union(fs, {1})", "frozenset.union({1}, {2})", "fs.pop()"]:
    try:
        eval_result = None
        exec_ok = False
        if bad == "fs.add(1)": fs.add(1)
        elif bad == "fs.remove(1)": fs.remove(1)
        elif bad == "fs.discard(1)": fs.discard(1)
        elif bad == "fs.clear()": fs.clear()
        elif bad == "fs.update([1])": fs.update([1])
        elif bad == "hash({1})": hash({1})
        elif bad == "frozenset([[1]])": frozenset([[1]])
        elif bad == "frozenset(1)": frozenset(1)
        elif bad == "frozenset(1, 2)": frozenset(1, 2)
        elif bad == "set.union(fs, {1})": set.union(fs, {1})
        elif bad == "frozenset.union({1}, {2})": frozenset.union({1}, {2})
        elif bad == "fs.pop()": fs.pop()
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
print(sorted(frozenset({"b": 1, "a": 2})), bool(frozenset()), bool(fs))
print(min(fs), max(fs), sum(fs), list(sorted(frozenset(range(5)), reverse=True)))
print(frozenset([1, 2]) == frozenset([1.0, 2.0]), {frozenset([1]): 1}.get(frozenset([True])))
match fs:
    case frozenset():
        print("matched frozenset()")
