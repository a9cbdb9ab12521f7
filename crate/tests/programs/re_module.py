# The re module: matching, searching, groups, the module's functions and
# the Pattern and Match objects, against CPython's results.
import re

# Literals, escapes, classes.
print(re.match(r"a\.b\tc\\d", "a.b\tc\\d"))
print(re.search(r"\x41\u00e9\101\0", "zAé" + "A\0"))
print(re.findall(r"[a-c]+", "xxabcyycba"), re.findall(r"[^a-c\s]+", "ab de fcg"))
print(re.findall(r"[\d.]+", "v1.25 and 3.0"), re.findall(r"[]a]", "a]b"), re.findall(r"[a-]", "-a"))
print(re.findall(r"\d+", "a1٣٤b22"), re.findall(r"\d+", "a1٣٤b22", re.ASCII))
print(re.findall(r"\w+", "héllo wörld_1 !"), re.findall(r"\w+", "héllo wörld_1 !", re.A))
print(re.findall(r"\s+", "a \t\nb\u2003c"), re.findall(r"\S+", "a \t\nb"), re.findall(r"\W", "a-b c!"))
print(re.findall(r"\D\D", "ab12cd"), re.findall(r".", "a\nb"), re.findall(r".", "a\nb", re.S))

# Anchors and boundaries.
text = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text), re.findall(r"\w+$", text, re.MULTILINE))
print(re.search(r"a$", "a\n"), re.search(r"a\Z", "a\n"), re.search(r"\Aa", "ba"))
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.findall(r"\Bcat", "cat concat bobcat"))
print(re.search(r"\b", ""), re.search(r"\B", ""), re.search(r"^$", ""))

# Groups.
m = re.match(r"(\w+) (\w+)(?: (\w+))?", "Isaac Newton physicist")
print(m.group(0), m.group(1), m.group(2, 1), m.groups(), m.span(2), m.start(3), m.end(3))
m = re.match(r"(\w+) (\w+)(?: (\w+))?", "Isaac Newton")
print(m.groups(), m.groups("-"), m.span(3), m.start(3), m.lastindex)
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.groupdict(), m["first"], m[2], m.group("last"), m.lastgroup, m.lastindex)
print(re.match(r"(?P<a>x)|(?P<b>y)", "y").groupdict("none"))
print(re.match(r"((a)(b))", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex)
print(re.match(r"(a)|b", "b").lastindex, re.match(r"(?:(a)|b)*", "ab").groups())
print(re.match(r"(a|)*", "aa").groups(), re.match(r"(a*)+", "b").groups(), re.match(r"(a*?)*", "aa").span())

# Backreferences.
print(re.findall(r"(\w)\1", "aabbcd eef"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now"))
print(re.match(r"(a)?(?(1)b|c)", "ab"), re.match(r"(a)?(?(1)b|c)", "c"), re.match(r"(?P<x>a)?(?(x)b|c)", "ac"))
print(re.search(r"(?i)(ab)\1", "abAB"), re.search(r"(\w+) \1", "hello hello world"))

# Lookaround.
print(re.findall(r"\w+(?=!)", "hi! there yes!"), re.findall(r"\b\w+\b(?!!)", "hi! there yes!"))
print(re.findall(r"(?<=\$)\d+", "cost $30 or 40"), re.findall(r"(?<!\$)\b\d+", "cost $30 or 40"))
print(re.search(r"(?<=ab|cd)x", "cdx"), re.match(r"(?=(\w+))\w", "abc").groups())
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))

# Alternation and quantifiers.
print(re.match(r"a|ab", "ab"), re.match(r"ab|a", "ab"), re.findall(r"cat|dog|bird", "dog, cat, fish"))
print(re.match(r"a*", "aaa"), re.match(r"a*?", "aaa"), re.match(r"a+?", "aaa"), re.match(r"a??", "a"))
print(re.match(r"a{2}", "aaa"), re.match(r"a{2,}", "aaaa"), re.match(r"a{1,2}", "aaa"), re.match(r"a{,2}", "aaa"))
print(re.match(r"a{2,3}?", "aaa"), re.match(r"a{", "a{"), re.match(r"a{1,x}", "a{1,x}"), re.match(r"x{,}", "xx"))
print(re.match(r"<.*>", "<a><b>"), re.match(r"<.*?>", "<a><b>"), re.match(r"(ab)+", "ababa").groups())
print(re.match(r"(?:ab){2,3}", "abababab"), re.match(r"(?:ab){2,3}?", "abababab"), re.match(r"(a|b){3}", "abab").groups())
print(re.match(r"a*+a", "aaa"), re.match(r"(?>a*)a", "aaa"), re.match(r"(?>ab|a)c", "ac"), re.match(r"\d++\.", "12."))
print(re.match(r"(?:a|b)*+c", "abc"), re.match(r"(?:ab)?+b", "ab"))

# Flags, inline and scoped.
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"hello", "Hello HELLO", re.IGNORECASE))
print(re.findall(r"[a-z]+", "AbC dEf", re.I), re.findall(r"(?i:a)b", "ab Ab aB"), re.findall(r"(?i)a(?-i:b)", "ab AB Ab aB"))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)ſ", "S"), re.match(r"(?i)k", "\u212a"), re.match(r"(?ai)k", "\u212a"))
print(re.match(r"(?i)[ǅ]", "ǆ"), re.match(r"(?i)σ", "ς"), re.match(r"(?i)é", "É"), re.match(r"(?i)[^é]", "É"))
print(re.findall(r"(?m)^\d", "1\n2\n3"), re.findall(r"(?s).+", "a\nb"), re.findall(r"(?s:.)(?-s:.)", "a\nb\n"))
print(re.match(r"""(?x)
    (\d+)   # the number
    \s* [a-z]+  # the unit
    [ ]x    # a space in a set stays
""", "12 kg x").groups())
print(re.match(r"a b # c", "ab", re.VERBOSE), re.match(r"(?x) a \  b", "a b"))
print(re.match(r"\w+", "héllo", re.ASCII), re.match(r"(?a)\w+", "héllo"), re.match(r"(?a:\w+)", "héllo"))
print(re.compile("a", re.I | re.M).flags, re.compile("(?s)a").flags, re.compile("a", re.A).flags, re.compile(b"a").flags)
print([int(f) for f in (re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.DOTALL | re.VERBOSE)])

# search, match, fullmatch with pos and endpos.
p = re.compile(r"\d+")
print(p.search("ab12cd345", 4), p.search("ab12cd345", 4, 8), p.match("ab12", 2), p.match("ab12", 1))
print(p.fullmatch("12a"), p.fullmatch("12a", 0, 2), p.fullmatch("123"), re.fullmatch(r"a|ab", "ab"))
m = p.search("xx123yy", 1, 6)
print(m, m.pos, m.endpos, m.string, m.re, m.re is p)
print(re.compile("^a").search("ba", 1), re.compile("^a", re.M).search("b\na", 1), re.compile("$").search("ab", 0, 1))
print(re.compile(r"\bb").search("ab", 1), re.compile("(?<=a)b").search("ab", 1), re.compile("").match("abc", 5))

# findall, finditer.
print(re.findall(r"(\w)=(\d)", "a=1 b=2 c"), re.findall(r"(\w)=(\d)?", "a=1 b="), re.findall(r"(a)|b", "ab"))
print(re.findall(r"x*", "axxb"), re.findall(r"", "ab"), re.findall(r"\b", "hi there"))
print([m.span() for m in re.finditer(r"\w+", "one two  three")], [m.group() for m in re.finditer(r"x*", "axb")])
it = re.finditer(r"\d", "a1b2")
print(next(it).group(), next(it).group(), list(it))
print([m.span() for m in re.compile(r"\w").finditer("abcde", 1, 4)], re.compile(r"\w").findall("abcde", 2))

# sub and subn.
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home and ann@work"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "a bc"), re.sub(r"(\w)", r"\g<1>\g<0>", "ab"))
print(re.sub(r"a", r"\n\t\\", "a"), repr(re.sub(r"a", r"[\0]", "a")), re.sub(r"a", r"\x", "a") if False else "")
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.sub(r"x", lambda m: None, "axb"))
print(re.sub(r"a", "b", "aaaa", 2), re.sub(r"a", "b", "aaaa", count=1), re.subn(r"a", "b", "aaaa"), re.subn("z", "y", "abc"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"", "-", "abc"), re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"(?m)^", "> ", "line1\nline2"), re.sub(r"\s+", " ", "  lots   of\n space  ").strip())
print(re.compile(r"o").sub("0", "foo boo", 3), re.compile(r"o").subn("0", "foo"))
print(re.sub("a", "b", "xyz") == "xyz", re.sub(r"(\d+)", r"\1\1", "a1b23"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>/\g<y>", "2024-05 and 1999-12"))

# split.
print(re.split(r",\s*", "a, b,c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split(r"x*", "axbc"), re.split(r"", "abc"), re.split(r"\b", "hi there"), re.split("z", "abc"))
print(re.split(r"(?m)^", "a\nb\nc"), re.compile(r"\d").split("a1b2c3d", 2))

# escape, purge, compile cache.
print(re.escape("1+1=2? [yes] (no) {x} a.b*c^d$e|f\\g #h &~-"), re.escape("héllo wörld"), re.escape(b"a.b"))
print(re.match(re.escape("a.b*c"), "a.b*c"), re.match(re.escape("a.b*c"), "axbbc"))
print(re.compile("abc") is re.compile("abc"), re.compile(re.compile("abc")).pattern)
re.purge()
print(re.compile("abc").pattern, re.compile("abc").groups)

# Pattern objects.
p = re.compile(r"(?P<key>\w+)=(?P<value>\w*)")
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p).__name__)
print(re.compile("a+", re.I | re.S), re.compile(b"x"), re.compile(r"\d", re.A | re.M), re.compile("a" * 210))
print(p.match("k=v"), p.search("--k=v--"), p.findall("a=1 b=2"), p.sub(r"\g<value>=\g<key>", "a=1 b=2"))
print(p.split("x a=1 y"), [m.groupdict() for m in p.finditer("a=1 b=")])

# Match objects.
m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m, bool(m), m.regs, m.span(), m.span(1), m.expand(r"\2/\1"), m.expand(r"<\g<0>>"))
print(m.group(0, 1, 2), m[0], m[1], len(m.groups()), type(m).__name__)
long = re.match(r".*", "x" * 80)
print(long)
print(re.match(r"a(b)?", "a").expand(r"[\1]"), re.match(r"(?P<n>\d)", "7").expand(r"\g<n>\g<n>"))

# Bytes patterns on bytes.
print(re.findall(rb"\d+", b"a12b3"), re.sub(rb"(\w+)", rb"<\1>", b"hi there"), re.split(rb",", b"a,b"))
m = re.match(rb"(?P<k>\w+)=(\w+)", b"key=val")
print(m, m.group(1), m.groups(), m.groupdict(), m.span(2), m.string)
print(re.match(rb"\w+", "é".encode()), re.match(rb"(?i)ABC", b"abc"), re.search(rb"\xff", b"a\xff"))
print(re.compile(rb"x+").pattern, re.escape(b"1.5"), re.sub(b"a", lambda m: b"<" + m.group() + b">", b"banana"))

# Lines of a log, with a verbose pattern.
LOG = """2024-01-05 12:00:01 ERROR disk full on /dev/sda1
2024-01-05 12:00:07 INFO backup started
2024-01-06 08:15:00 WARNING cpu at 95%"""
entry = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2}) \s
    (?P<time>[\d:]{8}) \s
    (?P<level>[A-Z]+) \s
    (?P<message>.*)
""", re.VERBOSE)
for m in entry.finditer(LOG):
    print(m["level"].lower(), m.group("date", "time"), repr(m["message"]))
print(sorted({m.group("level") for m in entry.finditer(LOG)}))
words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, that a single man".lower())
print(len(words), words[:4])

# The types, and a pattern sent through pickle (as to another process).
import pickle
p = re.compile(r"(\w+)@(\w+)", re.I)
q = pickle.loads(pickle.dumps(p))
print(q, q.flags, q.search("x bob@home").groups())
print(isinstance(p, re.Pattern), isinstance(p.match("a@b"), re.Match), isinstance("x", re.Pattern))
# One long text searched again and again.
text = "word " * 1000 + "end"
print(sum(1 for i in range(300) if re.search(r"w(o)rd e(n)d$", text)), re.search(r"\w+$", text, 0).span())
