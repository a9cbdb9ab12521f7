import string
f = string.Formatter()
def t(label, g):
    try:
        r = g()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)
for s in ["a{0!r:>5}b{{c}}{x.y[0]}", "", "plain", "{}", "{:>{w}}", "x}}y{{z", "{0[a:b]}", "{!r}", "{a!}", "{a!rx}", "}", "{", "a{b", "{a}}", "{0.}", "{0[}", "{0[1]x}", "{{}}", "{a:{b:{c}}}", "{a.b.c[1][x]}"]:
    t("parse " + repr(s), lambda: list(f.parse(s)))
class Obj:
    y = ["Y0"]
t("format", lambda: f.format("a{0!r:>5}b{{c}}{x.y[0]}", "q", x=Obj()))
t("vformat", lambda: f.vformat("{0}{a}", (1,), {"a": 2}))
t("auto", lambda: f.format("{}-{}", 1, 2))
t("auto manual", lambda: f.format("{}-{0}", 1, 2))
t("manual auto", lambda: f.format("{0}-{}", 1, 2))
t("nested", lambda: f.format("{:{}}", "x", 5))
t("nested deep", lambda: f.format("{:{:{}}}", 1, 2, 3))
t("missing", lambda: f.format("{a}"))
t("index", lambda: f.format("{0[1]}", [1, 2]))
t("bad conv", lambda: f.format("{0!x}", 1))
t("conv a", lambda: f.format("{0!a} {0!s}", "é"))
class U(string.Formatter):
    def format_field(self, v, spec): return str(v).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str): return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)))
t("subclass", lambda: U().format("{} {b} {zz}", "a", b="b", c=1))
t("get_field", lambda: f.get_field("0.real", (5,), {}))
t("convert_field", lambda: f.convert_field(5, "r"))
