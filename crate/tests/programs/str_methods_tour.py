s = "  Hello, World! Straße ß  "
print(s.strip(), s.lstrip(), s.rstrip() + "|", s.strip(" H"), "xxhixx".strip("x"))
print(s.casefold(), s.lower(), s.upper(), s.title(), s.swapcase(), "hello world".capitalize(), "ǅ".lower())
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "12\t3".expandtabs(2))
t = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello avocado".translate(t), "abc".translate(str.maketrans("ab", "xy", "c")))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "one\ntwo\r\n".splitlines(keepends=True), "".splitlines(), "a\x0bb\x1cc".splitlines())
print("{name} is {age}".format_map({"name": "Zed", "age": 3}))
class Default(dict):
    def __missing__(self, k): return "{" + k + "}"
print("{a} and {b}".format_map(Default(a=1)))
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "class".isidentifier(), "Ünïcode".isidentifier())
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "  x  ".split(" "), "".split(), "".split(","))
print("-".join(["a", "b"]), "".join(reversed("abc")), ", ".join(map(str, range(3))))
print("hello".center(11, "*"), "hi".ljust(5, "."), "hi".rjust(5), "abc".center(6))
print("banana".count("a"), "banana".count("an"), "banana".find("n", 3), "banana".rindex("n"), "banana".replace("a", "o", 2), "aaa".replace("", "-"))
print("Hello".startswith(("He", "x")), "file.tar.gz".endswith(".gz"), "abc".startswith("b", 1), "prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
print("123".isdigit(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), "abc".isalpha(), "abc1".isalnum(), " \t".isspace(), "Title Case".istitle(), "UP".isupper(), "low".islower(), "".isalpha(), "ascii".isascii(), "é".isascii())
print(ord("A"), chr(9731), ord("€"), "é".encode(), "é".encode("latin-1"), b"caf\xc3\xa9".decode(), "naïve".encode("ascii", errors="replace"), "naïve".encode("ascii", "ignore"), "x".encode("utf-16"))
print("abc"[::-1], "abcdef"[1:5:2], "abc"[-1], "abc"[5:], "abc" * 3, "a" in "abc", "abc" < "abd", "Z" < "a", "apple" > "app")
print(repr("quote'\"s"), repr('single\'s'), repr("tab\tnew\nline\\"), repr("\x00\x7f\u200b"), repr("日本"), ascii("日本"), str(b"bytes"))
print(f"{'%s-%s' % ('a', 'b')}", "%-8s|%8s|" % ("left", "right"), "%c%c" % (72, "i"))
words = "the rain in spain stays mainly in the plain".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)), sorted(set(words), key=words.index))
print(" ".join(w[::-1] for w in words), " ".join(w.capitalize() for w in words))
print(max(words, key=words.count), "".join(sorted("hello")), "".join(c for c in "a1b2c3" if c.isdigit()))
print("Mississippi".lower().count("ss"), "abcabc".index("c", 3), "x".join("abc"), "%".join(["100", ""]))
print("hello world".title(), "they're bill's".title(), "ÉCOLE".lower(), "ß".upper(), "ﬁ".upper(), "İ".lower().encode())
print(len("😀"), "😀".encode("utf-8"), "a😀b"[1], "e\u0301" == "é", len("e\u0301"))
try:
    "abc".index("z")
except ValueError as e: print(e)
try:
    "abc"[10]
except IndexError as e: print(e)
try:
    "abc"[0] = "x"
except TypeError as e: print(e)
try:
    "a" + 1
except TypeError as e: print(e)
try:
    int("12.5")
except ValueError as e: print(e)
try:
    "{0} {1}".format("a")
except IndexError as e: print(e)
try:
    "{x}".format(y=1)
except KeyError as e: print(repr(e))
try:
    "%d" % "s"
except TypeError as e: print(e)
try:
    "%s %s" % ("a",)
except TypeError as e: print(e)
print("tHiS iS wEiRd".swapcase(), "a-b_c d".title(), "  multiple   spaces  ".split(" "))
print("abc".encode().hex(), bytes.fromhex("616263").decode(), "Ab".casefold() == "aB".casefold())
palins = [w for w in ["level", "Racecar", "python", "A man a plan"] if (c := "".join(ch.lower() for ch in w if ch.isalnum())) == c[::-1]]
print(palins)
print(str(123), str(1.0), str([1, "a"]), str(None), str(True), str({"a": 1}), repr(str), str(str))
