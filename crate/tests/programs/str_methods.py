# str methods, str.format and printf-style % formatting, with their errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- searching")
s = "abcabcé"
show("find", lambda: (s.find("c"), s.find("c", 3), s.find("c", 3, 5), s.find("é"), s.find("x")))
show("find neg", lambda: (s.find("a", -4), s.find("b", -100, -3), s.find("", 7), s.find("", 8)))
show("find None", lambda: s.find("a", None, None))
show("rfind", lambda: (s.rfind("b"), s.rfind("b", 0, 4), s.rfind(""), s.rfind("", 2, 1)))
show("index", lambda: (s.index("c"), s.rindex("a")))
show("index missing", lambda: s.index("x"))
show("rindex missing", lambda: s.rindex("c", 0, 2))
show("find bigint", lambda: (s.find("a", 2**70), s.find("c", -2**70)))
show("find type", lambda: s.find(1))
show("find slice type", lambda: s.find("a", "x"))
show("find bool", lambda: s.find("a", True))
show("find kw", lambda: s.find("a", start=1))
show("find none", lambda: s.find())
show("find many", lambda: s.find("a", 1, 2, 3))
show("count", lambda: (s.count("a"), s.count("a", 1), s.count("", 2), s.count("", 10), "aaaa".count("aa")))
show("count none", lambda: s.count())
show("startswith", lambda: (s.startswith("ab"), s.startswith("bc", 1), s.startswith(("x", "a")), s.startswith(())))
show("endswith", lambda: (s.endswith("é"), s.endswith("c", 0, -1), s.endswith(("c", "é"), 0, 3), "abc".endswith("", 3)))
show("startswith empty past end", lambda: "abc".startswith("", 4))
show("startswith tuple bad", lambda: s.startswith((1, "a")))
show("startswith tuple match first", lambda: s.startswith(("a", 1)))
show("startswith bad", lambda: s.startswith(1))
show("endswith list", lambda: s.endswith([1]))
show("unbound", lambda: str.find(1, "a"))
show("unbound ok", lambda: str.find("abc", "c"))

print("-- splitting")
show("split", lambda: "  a b\tc\n d  ".split())
show("split max", lambda: ("  a  b  c  ".split(None, 1), "a,b,,c".split(",", 2), "a b".split(maxsplit=0)))
show("split kw", lambda: ("a-b-c".split(sep="-", maxsplit=1), "a b c".split(maxsplit=True)))
show("split neg", lambda: "a b c".split(" ", -5))
show("split empty", lambda: ("".split(), "".split(","), "x".split("x")))
show("split sep empty", lambda: "a".split(""))
show("split sep type", lambda: "a".split(1))
show("split max type", lambda: "a".split(None, 1.0))
show("split max None", lambda: "a".split(maxsplit=None))
show("split both", lambda: "a".split(None, sep=1))
show("split bad kw", lambda: "a".split(x=1))
show("split many", lambda: "a".split(1, 2, 3))
show("split big", lambda: "a".split(maxsplit=2**70))
show("split seps", lambda: "a\x1cb\x1fc\u3000d".split())
show("rsplit", lambda: ("  a  b  c  ".rsplit(), "  a  b  c  ".rsplit(None, 1), "a,b,,c".rsplit(",", 1)))
show("rsplit overlap", lambda: ("aaa".rsplit("aa"), "aaa".split("aa")))
show("rsplit kw", lambda: "a.b.c".rsplit(sep=".", maxsplit=1))
show("rsplit empty", lambda: "a".rsplit(""))
show("splitlines", lambda: "ab\x0bc\x1cd\x85e\u2028f\r\ng\rh\n".splitlines())
show("splitlines keep", lambda: ("a\r\nb\n\nc".splitlines(True), "a\nb".splitlines(keepends=True)))
show("splitlines edge", lambda: ("".splitlines(), "\n".splitlines(), "x".splitlines(2)))
show("splitlines bad", lambda: "a".splitlines("x"))
show("splitlines bad kw", lambda: "a".splitlines(x=1))
show("splitlines many", lambda: "a".splitlines(True, False))
show("partition", lambda: ("a=b=c".partition("="), "abc".partition("x"), "héllo".partition("l")))
show("rpartition", lambda: ("a=b=c".rpartition("="), "abc".rpartition("x")))
show("partition empty", lambda: "a".partition(""))
show("partition type", lambda: "a".partition(1))
show("partition none", lambda: "a".partition())

print("-- padding")
show("ljust", lambda: ("ab".ljust(5), "ab".ljust(5, "*"), "ab".ljust(1), "ab".ljust(-3)))
show("rjust", lambda: ("ab".rjust(5), "é".rjust(3, "·")))
show("center", lambda: ("abc".center(6), "abc".center(6, "*"), "ab".center(5, "*"), "abc".center(8, "*"), "a".center(4), "ab".center(7), "x".center(2)))
show("ljust fill", lambda: "a".ljust(3, "ab"))
show("ljust fill type", lambda: "a".ljust(3, 1))
show("ljust width type", lambda: "a".ljust("3"))
show("ljust float", lambda: "a".ljust(3.0))
show("ljust kw", lambda: "a".ljust(width=3))
show("ljust none", lambda: "a".ljust())
show("ljust big", lambda: "a".ljust(2**70))
show("zfill", lambda: ("42".zfill(5), "-42".zfill(5), "+x".zfill(4)))

print("-- classes")
for t in ["abc", "ABC", "Abc", "aBC", "a1", "a_", "", " \t\n", "\x1c", "123", "١٢٣", "²", "½", "一", "Ⅻ",
          "é", "ǅ", "ǅungla", "Hello World", "hello World", "A1b", "They'Re", "\x7f", "a\n", "中文",
          "ß", "ᾈ", "_x1", "1x", "class", "été", "a-b", "a b", "℘", "·", "a·", "\u0345", "\u0903"]:
    print(repr(t), t.isalnum(), t.isalpha(), t.isdecimal(), t.isdigit(), t.isnumeric(), t.isspace(),
          t.isprintable(), t.isascii(), t.isupper(), t.islower(), t.istitle(), t.isidentifier())
show("isalnum arg", lambda: "a".isalnum(1))
show("isdigit unbound", lambda: str.isdigit(5))

print("-- case")
for t in ["hello world", "HeLLo wORLD", "they're bill's friends", "ǆemal", "ﬁre ﬂy", "straße",
          "ΣΑΣ ΟΣ. ΑΣ", "σας", "İstanbul", "中a", "a1b2", "ŉ", "ᾳ", "Ǆ", ""]:
    print(repr(t), repr(t.upper()), repr(t.lower()), repr(t.title()), repr(t.capitalize()),
          repr(t.swapcase()), repr(t.casefold()))
show("casefold arg", lambda: "a".casefold(1))

print("-- tabs, affixes, translate")
show("expandtabs", lambda: ("a\tbc\td".expandtabs(), "a\tb\r\tc".expandtabs(4), "\t".expandtabs(0), "x\ty".expandtabs(tabsize=3), "ab\n\tc".expandtabs(2)))
show("expandtabs neg", lambda: "a\tb".expandtabs(-1))
show("expandtabs type", lambda: "a".expandtabs("x"))
show("expandtabs big", lambda: "a\tb".expandtabs(2**70))
show("expandtabs kw", lambda: "a".expandtabs(x=4))
show("removeprefix", lambda: ("abc".removeprefix("ab"), "abc".removeprefix("x"), "abc".removeprefix("")))
show("removesuffix", lambda: ("abc".removesuffix("bc"), "abc".removesuffix("abcd")))
show("removeprefix type", lambda: "a".removeprefix(1))
show("removesuffix type", lambda: "a".removesuffix(None))
show("removeprefix kw", lambda: "a".removeprefix(prefix="a"))
table = str.maketrans("abc", "xyz", "d")
show("maketrans", lambda: (table, str.maketrans({"a": 1, 98: "x", "c": None})))
show("translate", lambda: ("abcdd-e".translate(table), "abc".translate({97: "AA", 98: None, 99: 100}), "abc".translate(["x"] * 98)))
show("translate empty", lambda: ("".translate(5), "a".translate({})))
show("translate bad value", lambda: "a".translate({97: 1.5}))
show("translate range", lambda: "a".translate({97: 0x110000}))
show("translate neg", lambda: "a".translate({97: -1}))
show("translate bad table", lambda: "a".translate(5))
show("maketrans none", lambda: str.maketrans())
show("maketrans one", lambda: str.maketrans(1))
show("maketrans key", lambda: str.maketrans({"ab": 1}))
show("maketrans key type", lambda: str.maketrans({1.5: 1}))
show("maketrans len", lambda: str.maketrans("ab", "c"))
show("maketrans arg2", lambda: str.maketrans(1, 2))
show("maketrans arg3", lambda: str.maketrans("ab", "cd", 5))
show("maketrans first", lambda: str.maketrans(1, "a"))
show("maketrans many", lambda: str.maketrans("a", "b", "c", "d"))
show("maketrans kw", lambda: str.maketrans(x=1))

print("-- str.format")


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Money:
    def __format__(self, spec):
        return "$" + (spec or "plain")


class BadFormat:
    def __format__(self, spec):
        return 5


class Plain:
    def __str__(self):
        return "plain!"


class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"


p = Point(3, 4)
show("auto", lambda: "{} + {} = {}".format(1, 2, 3))
show("manual", lambda: "{1}{0}{1}".format("a", "b"))
show("names", lambda: "{x}-{y}".format(x=1, y=2, z=3))
show("attr item", lambda: "{0.x},{0.y} {1[1]} {2[k]} {3[0][1]}".format(p, [5, 6], {"k": "v"}, ["xy"]))
show("int key dict", lambda: "{0[1]} {0[-1]}".format({1: "one", "-1": "minus"}))
show("conversions", lambda: "{!r} {!s} {!a} {0!r:>8}".format("é", 1.5, "ÿ\u1234"))
show("specs", lambda: "{:>6}|{:<6}|{:^6}|{:*^7}|{:08.3f}|{:,}|{:#x}|{:e}|{:%}".format("a", "b", "c", "d", 3.14159, 1234567, 255, 12345.678, 0.25))
show("nested", lambda: "{:{}}|{:{}{}}|{0:{1}}".format(1, 5, 2, ">", 4))
show("nested names", lambda: "{a:{b}.{c}f}".format(a=3.14159, b=8, c=2))
show("escapes", lambda: "{{}} {{{}}} }}{{".format(7))
show("format protocol", lambda: "{} {:abc} {!s:>8}".format(Money(), Money(), Plain()))
show("bool int", lambda: "{} {:d} {:5} {!s:5}|".format(True, True, True, True))
show("str of instance", lambda: "{}".format(Plain()))
show("None", lambda: "{}|{!r:>6}".format(None, None))
show("unicode digits", lambda: "{١}".format("a", "b"))
show("leading zeros", lambda: "{00}{01}".format("a", "b"))
show("self kw", lambda: "{self}".format(self=3))
show("format_map", lambda: "{a} {b}".format_map({"a": 1, "b": 2}))
show("format_map missing", lambda: "{a} {b}".format_map(Missing(a=1)))
show("format_map no fields", lambda: "x".format_map(1))
show("err single }", lambda: "a}b".format())
show("err single { end", lambda: "a{".format())
show("err index", lambda: "{} {}".format(1))
show("err manual index", lambda: "{2}".format(1, 2))
show("err key", lambda: "{name}".format(other=1))
show("err key no kwargs", lambda: "{name}".format())
show("err auto to manual", lambda: "{}{0}".format(1, 2))
show("err manual to auto", lambda: "{0}{}".format(1, 2))
show("err conversion", lambda: "{0!x}".format(1))
show("err conversion non-ascii", lambda: "{0!é}".format(1))
show("err conversion end", lambda: "{0!".format(1))
show("err after conversion", lambda: "{0!rr}".format(1))
show("err unmatched spec", lambda: "{0:".format(1))
show("err conversion unmatched", lambda: "{!}".format(1))
show("err field brace", lambda: "{0{}".format(1))
show("err expected }", lambda: "{0".format(1))
show("err bracket end", lambda: "{0[0".format([1]))
show("err after ]", lambda: "{0[0]x}".format([1]))
show("err empty attr", lambda: "{0.}".format(1))
show("err empty item", lambda: "{0[]}".format(1))
show("err attr", lambda: "{0.nope}".format(1))
show("err item type", lambda: "{0[a]}".format([1]))
show("err item range", lambda: "{0[5]}".format([1]))
show("err str index", lambda: "{0[-1]}".format("abc"))
show("err not subscriptable", lambda: "{0[0]}".format(5))
show("err recursion", lambda: "{:{:{}}}".format(1, 2, 3))
show("err spec", lambda: "{:d}".format("a"))
show("err spec float", lambda: "{:x}".format(1.5))
show("err object spec", lambda: "{:>5}".format(None))
show("err instance spec", lambda: "{:x}".format(Plain()))
show("err bad __format__", lambda: "{}".format(BadFormat()))
show("err nested spec", lambda: "{:{}}".format("a", "{}"))
show("err too many digits", lambda: "{99999999999999999999}".format(1))
show("err positional format_map", lambda: "{0}".format_map({}))
show("err auto format_map", lambda: "{}".format_map({}))
show("err format_map missing", lambda: "{x}".format_map({}))
show("err format_map type", lambda: "{x}".format_map(5))
show("err format_map args", lambda: "a".format_map({}, 1))
show("err unbound", lambda: str.format())
show("err unbound type", lambda: str.format(1))
show("unbound ok", lambda: str.format("<{}>", 2))
show("item bracket chars", lambda: "{0[}]} {0[:]} {0[!]}".format({"}": 1, ":": 2, "!": 3}))

print("-- percent")
show("basic", lambda: "%s is %d years and %.1f%%" % ("Ann", 42, 1.25))
show("single", lambda: ("%s" % "x", "%s" % [1, 2], "%s" % {"a": 1}, "%s" % (1,), "%s" % ((1, 2),)))
show("r a", lambda: "%r %a %5r|%.3r" % ("é", "é", "a", "abcdef"))
show("ints", lambda: "%d %i %u %d %d %d" % (-7, 3.99, -3.99, True, 10**20, -0))
show("bases", lambda: "%o %#o %x %#x %X %#X %x %#x" % (8, 8, 255, 255, 255, 255, -255, -255))
show("flags", lambda: "%+d|% d|%-5d|%05d|%+05d|% 05d|%-+5d|%0-5d|" % (1, 2, 3, 4, 5, -7, 7, 3))
show("alt pad", lambda: "%#5x|%#05x|%#-5x|%+#x|% #x|%+#010x|%#.3x|%#.5o" % (255, 255, 255, 255, 255, -255, 1, 8))
show("precision ints", lambda: "%.2d %.5x %+.3d %.0d %.0x %x %#x %#o" % (5, 255, 7, 0, 0, 0, 0, 0))
show("floats", lambda: "%e %E %g %G %f %F" % (1.5, 1.5, 1.5, 1e20, 1.5, float("inf")))
show("float widths", lambda: "%.3g %#g %10.4f %-10.2e| %08.3f %+05.1f %.0f %.0e" % (3.14159, 1.0, 2.5, 12345.678, -3.14159, 2.25, 2.5, 12345))
show("float alt", lambda: "%#.0f %#.0e %#g %g %g %G" % (1, 1, 0.0001, 100000, 1000000, 1e-10))
show("float special", lambda: "%010.2f|%010f|%+f|%f" % (float("nan"), float("-inf"), float("nan"), 1))
show("float from int", lambda: "%e %f" % (0, True))
show("strings", lambda: "%5s|%-5s|%.2s|%5.1s|%05s|%+s|% s|%-05s|" % ("ab", "ab", "abc", "xyz", "a", "a", "a", "a"))
show("chars", lambda: "%c%c%c|%5c|%-3c|%05c" % (72, "i", 0x1F600, "x", 65, "z"))
show("star", lambda: "%*d|%-*d|%*d|%.*f|%*.*f|%*s" % (5, 1, 5, 2, -4, 3, 2, 3.14159, 10, 3, 3.14159, 3, "a"))
show("star neg precision", lambda: "%.*s|" % (-1, "xyz"))
show("dict", lambda: "%(name)s is %(age)d (%(name)r) %%" % {"name": "Bo", "age": 7})
show("dict star", lambda: "%(a)s %s" % {"a": 1})
show("dict as value", lambda: "%s %(x)s" % {"x": 1})
show("dict parens", lambda: "%(a(b))s %()s" % {"a(b)": 3, "": 4})
show("length modifiers", lambda: "%ld %hd %Ld %ls" % (5, 6, 7, "x"))
show("percent only", lambda: ("%%" % (), "abc" % (), "abc" % [], "abc" % {}, "%s%%" % 1))
show("int big hex", lambda: "%x %o" % (10**20, -8))


class Idx:
    def __index__(self):
        return 5


class Int:
    def __int__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


class Both:
    def __str__(self):
        return "S!"

    def __repr__(self):
        return "R!"


show("protocols", lambda: "%d %x %c %f|%d|%f|%s %r %a" % (Idx(), Idx(), Idx(), Idx(), Int(), Flt(), Both(), Both(), Both()))
show("err not enough", lambda: "%s %s" % (1,))
show("err not enough empty", lambda: "%s" % ())
show("err not all", lambda: "%s" % (1, 2))
show("err not all single", lambda: "abc" % 1)
show("err not all str", lambda: "abc" % "x")
show("err percent args", lambda: "%%" % 1)
show("err d str", lambda: "%d" % "a")
show("err i str", lambda: "%i" % "a")
show("err x float", lambda: "%x" % 1.5)
show("err X str", lambda: "%X" % "a")
show("err o float", lambda: "%o" % 3.0)
show("err x int-only", lambda: "%x" % Int())
show("err d float-only", lambda: "%d" % Flt())
show("err f str", lambda: "%f" % "1")
show("err f int-only", lambda: "%f" % Int())
show("err c str", lambda: "%c" % "ab")
show("err c float", lambda: "%c" % 1.5)
show("err c range", lambda: "%c" % -1)
show("err c big", lambda: "%c" % 2**70)
show("err c int-only", lambda: "%c" % Int())
show("err mapping", lambda: "%(a)s" % 1)
show("err mapping tuple", lambda: "%(a)s" % (1,))
show("err key", lambda: "%(a)s" % {})
show("err key list", lambda: "%(a)s" % [1])
show("err key incomplete", lambda: "%(a" % {"a": 1})
show("err key only", lambda: "%(a)" % {"a": 1})
show("err dict star", lambda: "%(a)*d" % {"a": 1})
show("err dict then", lambda: "%(x)s %s" % {"x": 1})
show("err list values", lambda: "%s %s" % [1, 2])
show("err incomplete", lambda: "%" % 1)
show("err incomplete width", lambda: "%5" % 1)
show("err incomplete dot", lambda: "%." % 1)
show("err incomplete star", lambda: "%*" % (5,))
show("err incomplete l", lambda: "%l" % 1)
show("err incomplete end", lambda: "%s %" % (1,))
show("err unsupported", lambda: "%z" % 1)
show("err unsupported args", lambda: "%z" % ())
show("err unsupported key", lambda: "%(a)z" % {"a": 1})
show("err unsupported percent", lambda: "%5%" % 1)
show("err unsupported percent none", lambda: "%-%" % ())
show("err unsupported non-ascii", lambda: "%é" % 1)
show("err unsupported control", lambda: "%\x01" % 1)
show("err star type", lambda: "%*d" % ("a", 1))
show("err star precision type", lambda: "%.*f" % ("x", 3.1))
show("err star short", lambda: "%*d" % (5,))
show("err star big", lambda: "%*d" % (10**20, 1))
show("err star precision big", lambda: "%.*f" % (2**40, 1.0))
show("err width big", lambda: "%1000000000000000000000d" % 1)
show("err precision big", lambda: "%.1000000000000000000000d" % 1)
show("err nan", lambda: "%d" % float("nan"))
show("err inf", lambda: "%i" % float("inf"))
show("err float overflow", lambda: "%f" % 10**400)
show("err digits limit", lambda: len("%d" % 10**5000))

print("-- more")


class Defaults(dict):
    def __missing__(self, key):
        return key * 2


class Lookup:
    def __getitem__(self, key):
        return "got " + str(key)


show("dict subclass %", lambda: "%(ab)s %(c)s" % Defaults(c=1))
show("getitem %", lambda: "%(x)s" % Lookup())
show("getitem format", lambda: "{0[abc]} {0[12]}".format(Lookup()))
show("format_map subclass", lambda: "{x}{y}".format_map(Defaults(y="!")))
show("center widths", lambda: ["ab".center(w, "-") for w in range(2, 8)])
show("title words", lambda: "o'neil mc-donald 3rd".title())
show("identifiers", lambda: [w.isidentifier() for w in ["ℌ", "ﬁ", "a\u0300", "\u0300a", "é é", "é\n", "١a", "a١"]])
show("non-ASCII windows", lambda: ("aéaéa".find("a", 1), "aéaéa".rfind("é", 0, 3), "aéaéa".index("é", 2), "ééé".count("é", 1)))
show("non-ASCII affixes", lambda: ("éàü".startswith("àü", 1), "éàü".endswith("à", 0, 2), "é\tb".expandtabs(4)))
show("whitespace maxsplit", lambda: ("a b c d".rsplit(None, 2), " a b ".rsplit(None, 0), " a b ".split(None, 0), "   ".split(None, 0)))
show("sigmas", lambda: ("ΣaΣ Σ aΣb ΣΣ".swapcase(), "ΑΣ Σ".title(), "ΣΑΣ".capitalize(), "xΣ.".capitalize()))
show("percent misc", lambda: ("%*d|" % (True, 5), "%d" % -0.0, "%.1f" % -0.0, len("%.300f" % 1.5), "%#.3g %#x %#o %#X" % (1.0, 0, 0, 0)))
show("percent big", lambda: ("%s %r" % (10**30, 10**30), len("%1000000d" % 1), len("{:1000000}".format("a"))))
show("percent key int", lambda: "%(1)s" % {1: "x"})
show("percent index", lambda: "abc %y" % 1)
show("nested float spec", lambda: "{:{}}".format(1.5, 8.3))
show("nested bad spec", lambda: "{0:{1}}".format(3, "{}"))
show("big nested spec", lambda: "{:{}}".format("a", 10**20))
show("kw only positional", lambda: "{0}".format(x=1))
show("format_map list", lambda: "{0}".format_map([1]))
