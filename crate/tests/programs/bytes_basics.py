b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], list(b[:3]))
print(b.upper(), b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"wor"), b.find(111), b.count(b"l"))
print(b"a" + b"b", b"ab" * 3, b"x" in b"xyz", 120 in b"xyz", b"" == b"", b"a" < b"b")
s = "héllo €"
e = s.encode()
print(e, e.decode(), len(e), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(bytes(3), bytes([65, 66, 67]), bytes("abc", "ascii"), bytes(b"xy"), bytes())
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; print(ba, len(ba), ba.pop(), ba)
del ba[0]; print(ba, bytes(ba), ba == b"bcde", b"bcde" == ba)
print(b.hex(), b"\x00\xff".hex(":"), bytes.fromhex("de ad be ef"), {b"k": 1}[b"k"])
print(repr(b"it's"), b'"q"', b"\t\n\x00\x7f\x80", str(b"x"), f"{b'z'}")
print(isinstance(b, bytes), type(b).__name__, type(ba), b.startswith(b"he"), b.strip(b"hd"), b"  x ".strip())
print(b",".join([b"a", b"b"]), b.partition(b" "), b.decode("ascii"), str(b"abc", "utf-8"))
for x in b"AB": print(x)
try:
    b"\xff\xfe".decode()
except UnicodeDecodeError as err:
    print(type(err).__name__, err, err.start, err.reason)
try:
    "é".encode("ascii")
except UnicodeError as err:
    print(type(err).__name__, err)
try: bytes("x")
except TypeError as err: print(err)
try: bytes([300])
except ValueError as err: print(err)
try: b"a" + "b"
except TypeError as err: print(err)
try: hash(bytearray())
except TypeError as err: print(err)
try: "a".encode("nope")
except LookupError as err: print(err)
print(hash(b"a") == hash(b"a"), sorted([b"b", b"a"]), max(b"abc"), sum(b"\x01\x02"))
print(b"%d" if False else "", bytearray(3), bytearray(b"x") + b"y", b"x" + bytearray(b"y"))
print(b"a b  c".split(None, 1), b"a,b".split(b",", 1), b"abc".center(7, b"*"), b"42".zfill(5))
print(b"Hello".isalpha(), b"123".isdigit(), b"hello world".title(), b"AbC".swapcase(), b"abc".index(b"c"))
