# The built-in types' methods and the builtins that go with them, with
# their errors. Sets are printed sorted: their order is the machine's.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print("--- list")
nums = [5, 3, 5, 1, 5]
attempt("index", lambda: nums.index(5))
attempt("index start", lambda: nums.index(5, 1))
attempt("index start stop", lambda: nums.index(5, 3, 5))
attempt("index negative start", lambda: nums.index(5, -2))
attempt("index huge bounds", lambda: nums.index(1, -(10**30), 10**30))
attempt("index missing in bounds", lambda: nums.index(3, 2))
attempt("index str missing", lambda: ["a"].index("b"))
attempt("index bad bound", lambda: nums.index(5, "a"))
attempt("index None bound", lambda: nums.index(5, None))
attempt("index no args", lambda: nums.index())
attempt("index too many", lambda: nums.index(1, 2, 3, 4))
attempt("index keyword", lambda: nums.index(5, start=1))
attempt("count", lambda: nums.count(5))
attempt("count none", lambda: nums.count(7))
attempt("count no args", lambda: nums.count())
nan = float("nan")
attempt("nan found by identity", lambda: ([nan].index(nan), [nan, nan].count(nan)))
copied = nums.copy()
copied.append(9)
print("copy", nums, copied)
attempt("copy with args", lambda: nums.copy(1))
items = [1, 2, 3]
attempt("pop", lambda: items.pop())
attempt("pop 0", lambda: items.pop(0))
attempt("pop bad index", lambda: items.pop("a"))
attempt("pop float", lambda: items.pop(1.0))
attempt("pop huge", lambda: items.pop(10**30))
attempt("pop out of range", lambda: items.pop(5))
attempt("pop empty", lambda: [].pop())
items = [1, 2]
items.insert(0, 0)
items.insert(-1, 1.5)
items.insert(100, 3)
items.insert(-100, -1)
print("insert", items)
attempt("insert bad index", lambda: items.insert("a", 1))
attempt("insert one arg", lambda: items.insert(1))
items.remove(1.5)
print("remove", items)
attempt("remove missing", lambda: items.remove(42))
words = ["pear", "Apple", "fig"]
words.sort()
print("sort", words)
words.sort(key=str.lower, reverse=True)
print("sort key reverse", words)
attempt("sort positional", lambda: words.sort(len))
attempt("sort bad keyword", lambda: words.sort(foo=1))
attempt("sort mixed", lambda: [1, "a"].sort())
attempt("unbound", lambda: list.index())
attempt("wrong receiver", lambda: list.index(1, 2))

print("--- tuple")
t = (1, 2, 3, 2, 1)
attempt("count", lambda: t.count(2))
attempt("index", lambda: t.index(2))
attempt("index start", lambda: t.index(2, 2))
attempt("index start stop", lambda: t.index(1, 1, 4))
attempt("index missing", lambda: t.index(9))
attempt("index no args", lambda: t.index())
attempt("count no args", lambda: t.count())
attempt("count keyword", lambda: t.count(x=1))
attempt("wrong receiver", lambda: tuple.count([], 1))

print("--- dict")
attempt("fromkeys", lambda: dict.fromkeys(["a", "b"]))
attempt("fromkeys value", lambda: dict.fromkeys("xy", 0))
attempt("fromkeys of a dict", lambda: dict.fromkeys({"k": 1, "j": 2}, []))
attempt("fromkeys on a dict", lambda: {}.fromkeys([1, 2], "v"))
attempt("fromkeys no args", lambda: dict.fromkeys())
attempt("fromkeys not iterable", lambda: dict.fromkeys(1))
attempt("fromkeys too many", lambda: dict.fromkeys([1], 2, 3))
attempt("fromkeys unhashable", lambda: dict.fromkeys([[1]]))
attempt("fromkeys keyword", lambda: dict.fromkeys([1], value=2))
d = {"a": 1, "b": 2, "c": 3}
attempt("popitem", lambda: d.popitem())
print("after popitem", d)
attempt("popitem empty", lambda: {}.popitem())
attempt("popitem args", lambda: d.popitem(1))
attempt("get default", lambda: d.get("z", "default"))
attempt("get none", lambda: d.get("z"))
attempt("get no args", lambda: d.get())
attempt("get unhashable", lambda: d.get([1]))
d.update({"b": 20}, c=30)
d.update([("d", 4), ["e", 5], "fg"])
d.update(h=8)
d.update()
print("update", d)
attempt("update not iterable", lambda: d.update(1))
attempt("update bad element", lambda: d.update([1]))
attempt("update bad length", lambda: d.update([(1, 2, 3)]))
attempt("update too many", lambda: d.update({}, {}))


class Mapping:
    def keys(self):
        return ["m", "n"]

    def __getitem__(self, key):
        return key * 2


d.update(Mapping())
print("update mapping", d)
attempt("setdefault new", lambda: d.setdefault("s", 0))
attempt("setdefault old", lambda: d.setdefault("a", 99))
attempt("setdefault none", lambda: d.setdefault("t"))
attempt("setdefault no args", lambda: d.setdefault())
print("setdefault", d)
c = d.copy()
c["a"] = -1
print("copy", d["a"], c["a"])

print("--- set")
s = {1, 2, 3}
attempt("union", lambda: sorted(s.union([3, 4], (5,), {6})))
attempt("union none", lambda: sorted(s.union()))
attempt("union not iterable", lambda: s.union(1))
attempt("union unhashable", lambda: s.union([[1]]))
attempt("intersection", lambda: sorted(s.intersection([2, 3, 4], {3, 2})))
attempt("intersection str", lambda: sorted({"a", "b"}.intersection("abc", "bcd")))
attempt("difference", lambda: sorted(s.difference([1], {2})))
attempt("difference none", lambda: sorted(s.difference()))
attempt("symmetric_difference", lambda: sorted(s.symmetric_difference([3, 4])))
attempt("symmetric_difference none", lambda: s.symmetric_difference())
attempt("issubset", lambda: (s.issubset([1, 2, 3, 4]), s.issubset({1})))
attempt("issuperset", lambda: (s.issuperset(range(1, 3)), s.issuperset([9])))
attempt("isdisjoint", lambda: (s.isdisjoint([4, 5]), s.isdisjoint((3,))))
attempt("issubset not iterable", lambda: s.issubset(1))
attempt("issubset no args", lambda: s.issubset())
attempt("isdisjoint two args", lambda: s.isdisjoint([1], [2]))
u = {1, 2}
u.update([3], (4, 5))
print("update", sorted(u))
u.intersection_update([1, 2, 3, 9], {2, 3})
print("intersection_update", sorted(u))
u.difference_update([3])
print("difference_update", sorted(u))
u.symmetric_difference_update({2, 7})
print("symmetric_difference_update", sorted(u))
u.update(u)
print("update self", sorted(u))
u.symmetric_difference_update(u)
print("symmetric_difference_update self", sorted(u))
attempt("update not iterable", lambda: u.update(1))
alias = u
alias.update([8])
print("same set", u is alias, sorted(u))
attempt("pop one", lambda: {7}.pop())
attempt("pop empty", lambda: set().pop())
attempt("pop args", lambda: {1}.pop(1))
popped = set()
bag = {10, 20, 30}
while bag:
    popped.add(bag.pop())
print("pop all", sorted(popped), bag)
cp = s.copy()
cp.add(99)
print("copy", sorted(s), sorted(cp))
cp.clear()
print("clear", cp, len(cp))
attempt("clear args", lambda: cp.clear(1))
attempt("union keyword", lambda: s.union(a=1))
attempt("wrong receiver", lambda: set.union(1))
attempt("unbound", lambda: set.union())

print("--- int")
attempt("bit_length", lambda: ((5).bit_length(), (-5).bit_length(), (0).bit_length()))
attempt("bit_length big", lambda: ((10**30).bit_length(), (-(2**64)).bit_length()))
attempt("bit_length min", lambda: (-(2**63)).bit_length())
attempt("bit_count", lambda: ((5).bit_count(), (-5).bit_count(), (255).bit_count()))
attempt("bit_count big", lambda: (-(10**30)).bit_count())
attempt("conjugate", lambda: ((7).conjugate(), True.conjugate()))
attempt("as_integer_ratio", lambda: ((-6).as_integer_ratio(), True.as_integer_ratio()))
attempt("bool bit_length", lambda: (True.bit_length(), bool.bit_length(False)))
attempt("bit_length args", lambda: (5).bit_length(1))
attempt("wrong receiver", lambda: int.bit_length("a"))
attempt("through the type", lambda: int.bit_count(7))

print("--- float")
attempt("is_integer", lambda: ((2.0).is_integer(), (2.5).is_integer()))
attempt("is_integer inf nan", lambda: (float("inf").is_integer(), nan.is_integer()))
attempt("as_integer_ratio", lambda: (1.5).as_integer_ratio())
attempt("as_integer_ratio more", lambda: ((-2.5).as_integer_ratio(), (0.0).as_integer_ratio()))
attempt("as_integer_ratio tenth", lambda: (0.1).as_integer_ratio())
attempt("as_integer_ratio big", lambda: (1e20).as_integer_ratio())
attempt("as_integer_ratio inf", lambda: float("inf").as_integer_ratio())
attempt("as_integer_ratio nan", lambda: nan.as_integer_ratio())
for x in [1.5, 0.1, -0.0, 0.0, 1.0, 5e-324, 1e-310, 1.7976931348623157e308, -2.0**-1022, 3.0]:
    print("hex", repr(x), x.hex(), float.fromhex(x.hex()) == x)
attempt("hex inf nan", lambda: (float("inf").hex(), float("-inf").hex(), nan.hex()))
for text in [
    "0x1.8p0",
    " 0XAp-2 ",
    "1.8",
    "-0x.8",
    "+0x1.",
    "0x1p-1074",
    "0x1p-1075",
    "0x3p-1076",
    "0x1.00000000000008p0",
    "0x1.00000000000018p0",
    "0x1.fffffffffffff7ffp1023",
    "0x0p99999999999999999999",
    "inf",
    "-Infinity",
    "nan",
    "0x1p1024",
    "0x1.fffffffffffff8p1023",
    "0x",
    "0x.",
    "0x1p",
    "0x1p1_0",
    "zz",
]:
    attempt("fromhex " + repr(text), lambda: float.fromhex(text))
attempt("fromhex not str", lambda: float.fromhex(1))
attempt("fromhex no args", lambda: float.fromhex())
attempt("fromhex on a float", lambda: (2.5).fromhex("0x1p1"))
attempt("conjugate", lambda: (2.5).conjugate())
attempt("hex args", lambda: (1.5).hex(1))
attempt("wrong receiver", lambda: float.hex(1))

print("--- bin oct hex")
for n in [0, 5, -5, 255, -256, 2**64, -(10**20), True]:
    print(n, bin(n), oct(n), hex(n))
attempt("bin float", lambda: bin(1.5))
attempt("hex str", lambda: hex("a"))
attempt("oct no args", lambda: oct())
attempt("bin two args", lambda: bin(1, 2))
attempt("hex keyword", lambda: hex(x=1))

print("--- pow")
attempt("inverse", lambda: pow(3, -1, 7))
attempt("inverse negative base", lambda: pow(-3, -1, 7))
attempt("inverse squared", lambda: pow(2, -3, 9))
attempt("inverse negative modulus", lambda: (pow(3, -1, -7), pow(3, -2, -7)))
attempt("inverse modulus one", lambda: (pow(5, -1, 1), pow(7, -1, -1)))
attempt("inverse big", lambda: pow(10**30, -1, 7))
attempt("not invertible", lambda: pow(2, -1, 4))
attempt("zero not invertible", lambda: pow(0, -1, 5))
attempt("modulus", lambda: (pow(2, 10, 1000), pow(-2, 3, 5), pow(2, 3, -5), pow(2, 10**20, 7)))
attempt("modulus zero", lambda: pow(2, 3, 0))
attempt("modulus float", lambda: pow(2.0, 3, 5))
attempt("mod None", lambda: (pow(2, 3, None), pow(2, -1, None)))
attempt("keywords", lambda: (pow(base=2, exp=3), pow(2, exp=3, mod=5)))
attempt("no args", lambda: pow())
attempt("one arg", lambda: pow(2))
attempt("exp by name only", lambda: pow(exp=2))
attempt("too many", lambda: pow(1, 2, 3, 4))
attempt("bad keyword", lambda: pow(2, 3, foo=1))
attempt("twice", lambda: pow(2, 3, base=1))
attempt("zero negative", lambda: pow(0, -1))

print("--- sum format ascii all any")
attempt("sum start", lambda: (sum([1, 2], 10), sum([1.5, 2], start=1)))
attempt("sum lists", lambda: sum([[1], [2]], []))
attempt("sum tuples", lambda: sum([(1,), (2,)], ()))
attempt("sum strings", lambda: sum(["a"], ""))
attempt("sum no args", lambda: sum())
attempt("sum start only", lambda: sum(start=2))
attempt("sum too many", lambda: sum([1], 2, 3))
attempt("sum bad keyword", lambda: sum([1], foo=1))
attempt("sum not iterable", lambda: sum(1))
attempt("format", lambda: (format(5), format(5, "b"), format(255, "#x"), format("a", ">3")))
attempt("format list", lambda: format([1], ""))
attempt("format list spec", lambda: format([1], "x"))
attempt("format spec not str", lambda: format(1, 2))
attempt("format bad code", lambda: format(1.5, "d"))
attempt("ascii", lambda: ascii("h\xe9llo \u2603 \U0001f600"))
attempt("ascii list", lambda: ascii([1, "\xe9"]))
attempt("all any", lambda: (all([]), any([]), all([1, 0]), any([0, 1])))
attempt("all not iterable", lambda: all(5))

print("--- slice")
attempt("slice stop", lambda: slice(3))
attempt("slice start stop", lambda: slice(1, 2))
attempt("slice step", lambda: slice(None, None, -1))
letters = list("abcdef")
attempt("index by slice", lambda: letters[slice(1, 5, 2)])
attempt("reverse by slice", lambda: letters[slice(None, None, -1)])
attempt("str by slice", lambda: "hello"[slice(1, 3)])
attempt("tuple by slice", lambda: (1, 2, 3)[slice(1, None)])
every_other = slice(None, None, 2)
letters[every_other] = ["A", "C", "E"]
print("assign by slice", letters)
del letters[slice(0, 2)]
print("del by slice", letters)
attempt("type", lambda: (type(slice(1)).__name__, isinstance(slice(1), slice)))
attempt("indices", lambda: (slice(1, 5, 2).indices(3), slice(None, None, -1).indices(5)))
attempt("indices big", lambda: (slice(1, 10**30).indices(5), slice(-(10**30), 3).indices(5)))
attempt("indices step zero", lambda: slice(1, 5, 0).indices(5))
attempt("indices negative", lambda: slice(1).indices(-1))
attempt("indices str", lambda: slice(1).indices("a"))
attempt("indices bad bound", lambda: slice(1, "a").indices(5))
attempt("slice no args", lambda: slice())
attempt("slice too many", lambda: slice(1, 2, 3, 4))
attempt("slice keyword", lambda: slice(1, stop=2))
