import textwrap, string, datetime, decimal, fractions, functools
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)
D, F = decimal.Decimal, fractions.Fraction
t("dec fmt", lambda: (format(D("1234.5678"), ",.2f"), format(D("1.5"), ">8"), format(D("-0.000123"), "e"), format(D("12.5"), "%"), f"{D('3.14159'):.3}", format(D("1e10"), "f"), format(D("nan"), "f")))
t("frac fmt", lambda: (format(F(1, 3), ""), str(F(1, 3)), f"{F(1, 3)!s:>6}"))
t("frac fmt spec", lambda: format(F(1, 3), ".2f"))
t("frac float", lambda: (float(F(1, 3)), round(F(7, 2)), round(F(5, 2)), round(F(1, 3), 2), F("0.25"), F(0.1), F(1.5).limit_denominator(), F(3.14159).limit_denominator(100)))
t("frac ops", lambda: (F(1, 2) + 1, F(1, 2) * 0.5, F(1, 2) ** 2, F(1, 2) ** -1, F(4, 1) ** F(1, 2), -F(1, 2), abs(F(-1, 2)), F(1, 2) // F(1, 3), F(1, 2) % F(1, 3), divmod(F(7, 2), 1)))
t("frac err", lambda: F(1, 0))
t("frac bad str", lambda: F("x"))
t("dt fmt", lambda: (f"{datetime.date(2024, 1, 5):%d/%m/%Y}", format(datetime.timedelta(hours=1), ""), f"{datetime.time(1, 2):%H.%M}", f"{datetime.datetime(2024,1,1):>25}"))
t("td fmt spec", lambda: format(datetime.timedelta(hours=1), ">10"))
t("Formatter parse", lambda: list(string.Formatter().parse("a{0!r:>5}b{{c}}{x.y[0]}")))
t("Formatter vformat", lambda: string.Formatter().vformat("{0}{a}", (1,), {"a": 2}))
t("Formatter subclass", lambda: type("U", (string.Formatter,), {"format_field": lambda self, v, spec: str(v).upper()})().format("{} {}", "a", "b"))
t("textwrap long", lambda: textwrap.fill("Supercalifragilisticexpialidocious is a word", 10))
t("textwrap punct", lambda: textwrap.wrap("Hello, world! How are you? I'm fine-ish, thanks.", 12))
t("textwrap em-dash", lambda: textwrap.wrap("this--that and the other--thing here", 10))
t("textwrap numbers", lambda: textwrap.wrap("1234567890 1234567890 12345", 10))
t("textwrap unicode", lambda: textwrap.wrap("héllo wörld ñandú café", 8))
t("textwrap trailing ws", lambda: textwrap.wrap("a b    ", 3))
t("textwrap newline", lambda: textwrap.wrap("a\nb\tc", 80))
t("textwrap replace_ws False", lambda: textwrap.wrap("a\nb c", 80, replace_whitespace=False))
t("textwrap initial long", lambda: textwrap.wrap("abc def", 5, initial_indent="------"))
t("textwrap max_lines 1", lambda: textwrap.wrap("aaa bbb ccc ddd", 8, max_lines=1))
t("textwrap placeholder too long", lambda: textwrap.wrap("aaa bbb ccc ddd", 5, max_lines=1, placeholder=" [.....]"))
t("shorten ws", lambda: textwrap.shorten("  a   b  ", 10))
t("dedent tabs", lambda: textwrap.dedent("\t\ta\n\t\tb"))
t("dedent none", lambda: textwrap.dedent("a\n  b"))
t("indent crlf", lambda: textwrap.indent("a\r\nb\r\n", "+"))
t("wrapper attrs", lambda: (textwrap.TextWrapper().width, textwrap.TextWrapper(width=5).fill("a b c d e f")))
t("textwrap long words hyphen", lambda: textwrap.wrap("extraordinarily-long-hyphenated-compound-word", 15))
t("textwrap break_on_hyphens F", lambda: textwrap.wrap("a-b-c-d-e-f-g-h", 4, break_on_hyphens=False))
@functools.singledispatchmethod
def dummy(self, x): pass
class S:
    @functools.singledispatchmethod
    def f(self, x): return "obj"
    @f.register
    def _(self, x: int): return "int"
    @f.register(str)
    def _(self, x): return "str"
t("singledispatchmethod", lambda: (S().f(1), S().f("a"), S().f(1.5)))
@functools.singledispatch
def g(x): return "base"
@g.register(int)
@g.register(float)
def _(x): return "num"
t("stacked register", lambda: (g(1), g(1.0), g("a")))
t("singledispatch no arg", lambda: g())
t("register bad", lambda: g.register(5))
