words = ["naïve", "café", "Ünïcode", "日本語", "straße", "ΑΒΓ", "emoji😀"]
for w in words:
    print(f"{w:<10}|{len(w):>3}|{w.upper():<12}|{w.lower()}|{w.isalpha()}|{len(w.encode('utf-8'))}")
print("é" == "e\u0301", len("e\u0301"), ascii("café"), repr("tab\there"))
print([hex(ord(c)) for c in "a€😀"], chr(0x1F600), "\u00e9".encode("latin-1"), "ü".encode("utf-16-le"))
print("ǅ".istitle(), "Ⅻ".isnumeric(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal(), int("٣"))
print(sorted(["b", "A", "é", "a", "Z"]), sorted(["b", "A", "é", "a"], key=str.lower))
s = "Hello, 世界!"
print(s[7:9], s.find("界"), s.encode(), s.encode("ascii", errors="replace"), s.encode("ascii", "ignore"))
print(bytes(s, "utf-8").decode("utf-8") == s, "x".join("日本"), "ABC".center(9, "★"))
b = "naïve".encode()
print(b, list(b[:4]), b.decode("utf-8", errors="replace"), b[:3].decode("utf-8", errors="replace"))
print("ﬁ".upper(), "İ".lower(), len("İ".lower()), "ß".casefold() == "ss")
print(f"{'日本':>6}|", f"{'ab':^6}|")
print("abc".encode("rot13") if False else "done")
print(b"\xff".decode("utf-8"))
