import string, re
class T(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+_[a-z]+"
print(T("%who_is %% %x").safe_substitute(who_is="me"))
try: T("%who_is %x").substitute(who_is="me")
except ValueError as e: print(e)
print(T("%a_b %{c_d}").get_identifiers(), T("%a_b").is_valid(), T("% x").is_valid())
class B(string.Template):
    braceidpattern = r"[A-Z]+"
print(B("${ABC} $abc").safe_substitute(ABC=1, abc=2))
class C(string.Template):
    flags = 0
print(C("$abc $ABC").safe_substitute(abc=1, ABC=2))
class P(string.Template):
    pattern = r"""\[(?:(?P<escaped>\[)|(?P<named>[a-z]+)\]|(?P<braced>)(?!)|(?P<invalid>))"""
print(P("[name] and [[ and [x]").substitute(name="N", x="X"))
class At(string.Template):
    delimiter = "@"
print(At("@who likes @{what} @@").substitute(who="tim", what="pie"))
try: T("line1\n  %x").substitute()
except ValueError as e: print(e)
try: T("%").substitute()
except ValueError as e: print(e)
try: T("%zz_yy").substitute()
except KeyError as e: print(repr(e))
print(T("%a_b").substitute({"a_b": 1}, a_b=2))
