# sys: the recursion limit (set and enforced), CPython's struct sequences
# (float_info, int_info, version_info) and facts about its numbers.
import sys

print(sys.float_info)
print(sys.int_info)
print(sys.version_info)
print(repr(sys.version_info), str(sys.float_info) == repr(sys.float_info))
print(type(sys.float_info), type(sys.float_info).__name__, type(sys.version_info).__name__)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info[0], sys.float_info[-1], len(sys.float_info), sys.float_info[:3], tuple(sys.float_info)[8:])
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon == 2.0 ** -52, sys.float_info.min == 2.0 ** -1022)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits, list(sys.int_info))
v = sys.version_info
print(v.major, v.minor, v.micro, v.releaselevel, v.serial, v[0], v[:2], v[-2])
print(v >= (3, 8), v < (3, 12), v == (3, 11, 7, "final", 0), (3, 11) <= v, v > (3, 11, 7), v[:2] == (3, 11))
major, minor, *rest = v
print(major, minor, rest, "%d.%d" % v[:2], "{}.{}.{}".format(*v), 3 in v, "final" in v, v.count(3), v.index(11))
print(isinstance(v, tuple), isinstance(sys.float_info, tuple), hash(v) == hash(tuple(v)), sorted([v, (3, 10), (3, 12)]))
print(sys.float_info.n_fields, sys.version_info.n_sequence_fields, sys.int_info.n_unnamed_fields)
for target, name in [(sys.float_info, "max"), (sys.version_info, "major"), (sys.float_info, "foo")]:
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.hexversion, hex(sys.hexversion), sys.maxunicode, sys.float_repr_style)
print(sys.get_int_max_str_digits())

# The recursion limit.
print(sys.getrecursionlimit())
for bad in [0, -5, 1.5, "x", 10**30, 2**31]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for low in [1, 2]:
    try:
        sys.setrecursionlimit(low)
    except RecursionError as e:
        print("RecursionError:", e)


def f(k):
    try:
        sys.setrecursionlimit(k)
        return "ok"
    except RecursionError as e:
        return str(e)


def g(k):
    return f(k)


print(f(2), f(3))
sys.setrecursionlimit(1000)
print(g(3), g(4))
sys.setrecursionlimit(1000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(50)
print(sys.getrecursionlimit())
for n in (40, 47, 48, 49, 50):
    try:
        print(n, depth(n))
    except RecursionError as e:
        print(n, "RecursionError:", e)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(4500))
try:
    depth(6000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
try:
    depth(2000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(900))
