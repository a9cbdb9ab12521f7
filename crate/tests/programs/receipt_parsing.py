receipt = """
  Coffee      x2   @ 3.50
  Bagel       x1   @ 2.25
  Orange juice x3  @ 4.00
  # comment line
  Muffin      x2   @ 2.75
"""

items = []
for raw in receipt.splitlines():
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    name_part, _, price = line.rpartition("@")
    name, _, qty = name_part.strip().rpartition(" ")
    items.append((name.strip(), int(qty.lstrip("x")), float(price)))

for name, qty, price in items:
    print(f"{name.title():<15}{qty:>3} {price:>6.2f} {qty * price:>7.2f}")
total = sum(q * p for _, q, p in items)
print(f"{'TOTAL':<15}{'':>3} {'':>6} {total:>7.2f}")

s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" !")))
print(s.split(), s.split(","), "a,b,,c".split(","), "a b  c".split(" "), "a,b,c".split(",", 1))
print("k1=v1;k2=v2;;k3".split(";"), dict(p.split("=") for p in "k1=v1;k2=v2".split(";")))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(keepends=True))
print("hello world".title(), "HELLO".lower(), "mIxEd".swapcase(), "ß".upper(), "Straße".casefold())
print("abc".zfill(6), "-42".zfill(6), "tab\there".expandtabs(4), "x".center(7, "."))
print("banana".count("an"), "banana".find("na", 3), "banana".rfind("na"), "banana".index("b"))
print("banana".replace("a", "o", 2), "a-b-c".rsplit("-", 1), "abc".startswith(("x", "a")))
print("123".isdigit(), "12.3".isdecimal(), "abc".isalpha(), "abc123".isalnum(), " ".isspace(), "Title Case".istitle())
print("python".removeprefix("py"), "test.py".removesuffix(".py"), ",".join(["a", "b"]), "-".join("xyz"))
words = "the cat sat on the mat the end".split()
print(max(set(words), key=words.count), sorted(set(words), key=lambda w: (-words.count(w), w)))
print("Hello"[::-1], "Hello"[1:4], "Hello"[-3:], "Hello"[::2])
print(ord("A"), chr(97), "%d%%" % 50, "é".encode(), b"caf\xc3\xa9".decode())
print(" ".join(w.capitalize() for w in "hello big world".split()))
is_pal = lambda t: (c := "".join(ch.lower() for ch in t if ch.isalnum())) == c[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
print("banana".index("z"))
