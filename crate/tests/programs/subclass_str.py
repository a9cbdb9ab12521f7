class S(str): pass
s = S("hey")
print(s, str(s), f"{s}", "%s" % s, repr(s), s.upper(), len(s), s + "!")
class I(int): pass
i = I(5)
print(i, str(i), i + 1, repr(i))
class S(str):
    def __repr__(self): return "S!"
s = S("x")
print(s, repr(s), f"{s}", f"{s!r}", [s])
class I(int):
    def __repr__(self): return "I!"
print(I(3), str(I(3)), f"{I(3)}", "%s" % I(3))
