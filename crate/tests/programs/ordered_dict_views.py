from collections import OrderedDict
od = OrderedDict(a=1, b=2)
k = od.keys()
od["c"] = 3
print(k, od.values(), od.items(), list(reversed(k)), "a" in k, ("a", 1) in od.items(), len(k))
print(k & {"a", "z"}, k | {"q"} == {"a", "b", "c", "q"}, k - {"a"} == {"b", "c"}, {"a"} & k, k == {"a", "b", "c"}, k == ["a"], od.items() == dict(od).items())
print(sorted(od.values()), dict(od.items()), [x for x in od.keys()], list(zip(od.keys(), od.values())))
print(type(k).__name__, OrderedDict().keys(), max(od.keys()), sum(od.values()), k.isdisjoint(["z"]))
for key, v in od.items(): print(key, v, end="; ")
print()
import json
print(json.dumps(od), OrderedDict(sorted({"b": 2, "a": 1}.items())), set(od.keys()) == set("abc"))
from collections import defaultdict, Counter
print(Counter("aab").keys(), defaultdict(int, a=1).items())
