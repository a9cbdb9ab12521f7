# re's errors and edge cases: CPython's messages and positions for bad
# patterns, bad templates and bad arguments; empty matches; catastrophic
# backtracking that stays within the stack.
import re

BAD = [
    "a**", "*a", "a|*", "(*)", "^*", r"\b+", "a{2}{3}", "x{2,1}", "a{4294967295}",
    "(", "(a", "a)", "())", "[a", "[", "[]", "[^]", "[z-a]", r"[a-\d]", r"[\d-z]",
    r"\q", r"\x4", r"\x", r"\u12", r"\U0011ffff", "\\", r"\777", r"[\777]", r"[\8]", r"\9",
    r"\1", r"(a)\2", r"(a\1)", "(?P<1>a)", "(?P<a>a)(?P<a>b)", "(?P<a", "(?P<>a)", "(?P=x)",
    "(?P=a)(?P<a>b)", "(?Px)", "(?", "(?<x)", "(?z)", "(?#comment", "(?i", "(?-i)", "(?i-i:a)",
    "(?ia:a)", "(?au)", "(?L)", "(?-a:b)", "a(?i)", "b|(?m)c", "(?<=a+)b", "(?<=a|bc)d",
    r"(?<!\w*)x", "(?(1)a|b)", "(?(1)a|b)(c)", "(?(x)a)", "(?(0)a)", "(?(1a)b)", "(a)(?(1)b|c|d)",
    "(?<=(a)\\1)b", "(?<=a(?(1)b|c))", "a\nb)", "(?x)a\n  b  )", "[a\n", "(?>a|b", "a{,",
]
for pattern in BAD:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "re.error:", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except (OverflowError, ValueError) as e:
        print(repr(pattern), type(e).__name__ + ":", e)

try:
    re.compile("(?<=a*)")
except re.error as e:
    print(e, e.pattern, e.pos)
try:
    re.compile("ab(")
except re.error as e:
    print(e, e.pattern, e.pos, e.args, type(e).__name__, isinstance(e, Exception))

for pattern, flags in [("a", re.A | re.U), (b"a", re.U), ("a", re.L)]:
    try:
        re.compile(pattern, flags)
    except ValueError as e:
        print("ValueError:", e)

# Bad templates.
for template in [r"\3", r"\g<5>", r"\g<x>", r"\g<1a>", r"\g<", r"\g", r"\g<>", r"\q", "a\\", r"\777"]:
    try:
        print(repr(re.sub(r"(a)(b)", template, "ab")))
    except re.error as e:
        print(repr(template), "re.error:", e)
    except IndexError as e:
        print(repr(template), "IndexError:", e)
print(re.sub(r"(a)", r"\.\-\0", "a"), re.sub("a", r"\\1", "a"))

# Bad arguments.
attempts = [
    lambda: re.match(b"a", "a"),
    lambda: re.match("a", b"a"),
    lambda: re.match("a", 5),
    lambda: re.compile(5),
    lambda: re.compile(re.compile("a"), re.I),
    lambda: re.compile("a", "i"),
    lambda: re.sub("a", 5, "a"),
    lambda: re.sub("a", lambda m: 5, "a"),
    lambda: re.sub("a", b"x", "a"),
    lambda: re.match("a"),
    lambda: re.match("(a)", "a").group(2),
    lambda: re.match("(a)", "a").group("x"),
    lambda: re.match("(a)", "a")[-1],
    lambda: re.match("(a)", "a").span(5),
    lambda: re.compile("a").match(),
    lambda: re.compile("a").match("a", foo=1),
    lambda: re.findall("a", None),
]
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, ValueError, IndexError, re.error) as e:
        print(type(e).__name__ + ":", e)

# Empty matches, and matches next to them.
print(re.findall(r"a*", "baaac"), re.sub(r"a*", "-", "baaac"), re.split(r"a*", "baaac"))
print(re.findall(r"a|", "aba"), re.sub(r"(?=b)", "^", "abab"), re.split(r"(?=b)", "abab"))
print([m.span() for m in re.finditer(r"\b|a", "a a")], re.subn(r"$", "!", "x\n"), re.sub("$", "!", "a\nb\n", flags=re.M))
print(re.match(r"(a?)*?b", "aab").groups(), re.match(r"(?:()|a)*", "aa").span(), re.match(r"(a?){2,}", "a").groups())
print(re.fullmatch(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.match("(?:$|a)*", "aa").span())

# Catastrophic patterns that recurse nowhere: the stack holds.
print(re.match(r"(a*)*b", "a" * 20 + "b").span(), re.match(r"(?:a|b)*c", "ab" * 50000 + "c").span())
print(re.match(r"(a+)+$", "a" * 100000).span(), len(re.findall(r"(x)(y)?", "xy" * 20000)))
print(re.search(r"(\w+\s?)*$", "word " * 10 + "end").span(), re.match(r"((((a)*)*)*)*", "a" * 1000).span())
print(re.sub(r"(?<=a)", "-", "a" * 10), re.match(r".*?x", "y" * 100000 + "x").end())

# Possessive repeats run their iterations outside sre's repeats: a way that
# failed there leaves the captures set before it as it set them.
for p, t in [(r"(?:(.)x|.)*+", "axb"), (r"(?:(?:(.)x|.)*+)*", "axb"), (r"(?:(.)x|.)?+", "b"),
             (r"(?>(?:(.)x|.)*+)", "axb"), (r"(?:(.)y*x|.)*+", "ayyxb"), (r"(?:(a)x|(?(1)ay|q))*+", "axay"),
             (r"(?:(.)(?!x)|.)*+", "abxc"), (r"(?:(?:(.)x|.)(?:(.)y|.))*+", "axbycz")]:
    m = re.match(p, t)
    print(p, [m.span(g) for g in range(m.re.groups + 1)])
