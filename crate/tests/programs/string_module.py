import string
from string import Template, capwords

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))

print(capwords("hello   world  of python"))
print(capwords("  leading and trailing  "))
print(capwords("a-b-c dEF", "-"))
print(capwords("ÉCOLE normale"))

t = Template("$who likes ${what}s; costs $$10 at $place_1.")
print(t.substitute(who="tim", what="kung pao", place_1="home"))
print(t.substitute({"who": "ann", "what": "tea", "place_1": "x"}, who="bob"))
print(t.safe_substitute(who="tim"))
print(t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who="tim")
except KeyError as e:
    print(type(e).__name__, e)
for bad in ["cost: $ 5", "a\nbb ${x", "$1", "end $"]:
    bt = Template(bad)
    print(repr(bt.safe_substitute(x=1)), bt.is_valid())
    try:
        bt.substitute(x=1)
    except ValueError as e:
        print(type(e).__name__, e)
print(Template("${a}${b}$a$b").substitute(a=1, b=[2]))
print(string.Formatter().format("{0}-{x}", 1, x=2))
