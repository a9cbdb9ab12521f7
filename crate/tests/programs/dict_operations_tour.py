prices = {"apple": 0.5, "banana": 0.25, "cherry": 3.0}
extra = {"banana": 0.3, "date": 2.0}
merged = prices | extra
print(merged, prices)
prices |= {"elder": 9.9}
print(prices)
print({**prices, "apple": 0}, dict(prices, fig=1), dict(zip("abc", range(3))), dict([("x", 1)]))
inv = {v: k for k, v in extra.items()}
print(inv, sorted(prices, key=prices.get), max(prices.items(), key=lambda kv: kv[1]))
print(prices.setdefault("grape", 1.1), prices.setdefault("apple", 99), prices.pop("grape"), prices.pop("zzz", None))
nested = {}
for path, val in [("a/b/c", 1), ("a/b/d", 2), ("a/e", 3)]:
    node = nested
    *dirs, leaf = path.split("/")
    for d in dirs:
        node = node.setdefault(d, {})
    node[leaf] = val
print(nested)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
keys = list(prices)
for k in keys:
    if prices[k] < 1:
        del prices[k]
print(prices, len(prices), "cherry" in prices, 3.0 in prices.values())
d = dict.fromkeys(["x", "y"], [])
d["x"].append(1)
print(d)
print(list(reversed({"a": 1, "b": 2})), {"a": 1} == {"a": 1.0}, {1: "a", True: "b", 1.0: "c"})
view = prices.keys()
prices["new"] = 5
print(view, sorted(prices.items() - {("new", 5)}), view & {"new", "zzz"})
try:
    for k in prices:
        prices[k + "!"] = 1
except RuntimeError as e:
    print(e)
grid = {(r, c): r * c for r in range(3) for c in range(3)}
print(grid[(2, 2)], grid.get((5, 5), "off grid"), sum(grid.values()))
print(dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]))
print(prices.popitem(), {}.get("x"), dict.fromkeys("ab"))
print({[1]: 2})
