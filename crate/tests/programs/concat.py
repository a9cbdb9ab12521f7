# `"text" + x` and `x + "text"` (AddStrConst): results, errors and carets as CPython.
def f(x):
    return "k" + x

def g(x):
    return x + "!"

print(f("a"), g("b"), "a" "b" + "c", "x" + "y" + "z", ("p" + "q") * 2)
s = "m"
s = s + "n"
s += "o"
print(s, "n" + str(3) + "s")
print([1] + ["x"] if False else "ok")
try:
    print(g(5))
except TypeError as e:
    print("TypeError:", e)
print(f(5))
