s = "  hello world  "
print(s.strip(), s.lstrip(), s.rstrip(), "x".strip(), "".strip(), "abcab".strip("ab"))
print("AbC".lower(), "abc".lower(), "ÀB".lower())
print("a,b,,c".split(","), " a  b c ".split(), "aaa".rsplit("aa"), "aaa".split("aa"), "a b c".rsplit(None, 1), "a,b".split(",", 1), "x".split(sep=","))
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".endswith("lo"), "héllo".startswith("hé"), "hello".startswith("l", 2))
print(",".join(["a", "b"]), "".join(x for x in "abc"))
d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items(), list(d.items()))
st = set(); st.add(1); st.add(1); print(st)
l = [1, 2, 3]; print(l.pop(), l.pop(0), l); l.insert(0, 9); l.insert(-1, 8); l.insert(100, 7); print(l)
for bad in ["[].pop(1, 2)", "[].pop()", "list.pop(5)", "list.pop()", "[].insert(1)", "set.add(frozenset(), 1)", "frozenset().add(1)", "str.strip(1)", "'a'.strip(1)", "'a'.join([1])", "dict.keys([])", "{}.keys(1)", "str.join('a')", "''.split('')", "'a'.startswith(1)", "[].pop('a')", "str.lower(3)", "list.insert([], 'a', 1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
class L(list): pass
x = L([1, 2]); print(x.pop(), list.pop(x), x)
print("\x1cab\x1c".strip() == "ab")
