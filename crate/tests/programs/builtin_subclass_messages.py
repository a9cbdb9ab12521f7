class D(dict): pass
class L(list): pass
class S(str): pass
class I(int): pass
for e in ["D() < D()", "L() < 5", "S() < 5", "I() < 'a'", "D() + 1", "L() + 1", "-D()", "D()[1]", "len(I())", "S() - 1", "I() + 'a'", "abs(S())", "L().foo", "D().foo", "hash(L())"]:
    try:
        print(eval(e))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
class L2(list): pass
try:
    L2([1]) < L2(["a"])
except TypeError as e:
    print(e)
print(sorted([L([2]), L([1])]), D(a=1) == {"a": 1}, S("b") > "a", I(3) < 4)
try:
    sorted([D(), D()])
except TypeError as e:
    print(e)
