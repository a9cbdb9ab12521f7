# Numbers, strings, containers and control flow.
x = 7
y = 2
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y, -x // y, -x % y)
print(2 ** 100, -(2 ** 64) // 3, (2 ** 64) % 7, 10 ** 20 // 10 ** 18)
print(0.1 + 0.2, 1e16, 1.5e-5, 1 / 3, 2.0, -0.0, 1e300 * 1e10, 7 / 7)
print(7.5 // 2, -7.5 // 2, 7.5 % -2, divmod(17, 5), divmod(-17, 5), round(2.675, 2), round(0.5), round(1.5), round(-2.5))
print(True + True, 3 > 2 > 1, 1 < 2 > 3, 1 == 1.0, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))
s = "Hello, World"
print(s.upper(), s.lower(), s[0], s[-1], s[1:5], s[::-1], len(s), s.split(", "), "-".join(["a", "b", "c"]))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), str(42), repr(3.0), "ab" * 3, "x" in "xyz")
nums = [5, 3, 8, 1]
nums.append(9)
nums.sort()
print(nums, sorted(nums, reverse=True), nums[1:3], nums[-2:], sum(nums), min(nums), max(nums), len(nums))
d = {"b": 2, "a": 1}
d["c"] = 3
del d["b"]
print(d, list(d), d.get("z", 0), list(d.items()), "a" in d, len(d))
t = (1, "two", 3.0)
a, b, c = t
print(t, a, b, c, (1,), ())
print({1, 2, 3} & {2, 3, 4}, set(), {1: "x"}, None, [None, True, False])
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
else:
    print("not reached")
print("total", total)
n = 0
while n < 5:
    n += 1
else:
    print("while done", n)
print([i * i for i in range(6) if i % 2], {k: v for k, v in zip("abc", range(3))}, {c for c in "hello"} == set("helo"))
print(sum(i * i for i in range(1000)), any(x > 3 for x in nums), all([]), list(enumerate("ab", 1)))
print(list(map(lambda v: v * 2, [1, 2, 3])), list(filter(None, [0, 1, "", "a"])), list(reversed(range(3))))
print(abs(-3), abs(-2.5), int("42"), int("-0x1f", 16) if False else int("ff", 16), float("1.5"), int(3.9), int(-3.9), bool([]), str(None))
print(isinstance(1, int), isinstance(True, int), isinstance("s", (int, str)), type(1), type("s") is str, type([]).__name__)
print(f"{x} + {y} = {x + y}", f"{s!r}", f"{x=}", f"{'nested'}")

# `+` of a sequence and something else: the sequence's own message.
for a, b in [("s", 1), ([1], (2,)), ((1,), [2]), ("s", None), ([], "x"), (1, "s"), (None, "s")]:
    try:
        a + b
    except TypeError as e:
        print(e)

# str() and + of strs, upper() of ASCII and of other text.
print(str(-0), str(-9223372036854775808), str(9223372036854775807), str(12345), str(-7), str("x"))
print("ab" + "cd", "" + "", "é" + "ß", "abc".upper(), "straße".upper(), "ǆ".upper(), "mIxEd 123".upper())
print(str(2**70), str(True), str(None), str(1.5))
