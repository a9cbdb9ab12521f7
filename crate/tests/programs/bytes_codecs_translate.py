print(bytes.maketrans(b"ab", b"xy")[95:100])
print(b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"), bytearray(b"abc").translate(None, delete=b"a"))
try: b"a".translate(b"x")
except ValueError as e: print(e)
try: bytes.maketrans(b"a", b"")
except ValueError as e: print(e)
print(range(0) == range(5, 5), range(1,2,5)==range(1,3,7), range(0, 10, 2) == range(0, 9, 2), range(3) != range(4))
print((True).numerator, (7).denominator, (-3).numerator)
try: divmod(1.0, 0)
except ZeroDivisionError as e: print(e)
try: divmod(1, 0.0)
except ZeroDivisionError as e: print(e)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
tests=[(b'\x00','utf-16-le'),(b'a\x00\x00\xd8b\x00','utf-16-le'),(b'\x00\xdc','utf-16-le'),(b'\x00\xd8','utf-16-le'),(b'\x00\xd8\x00','utf-16-le'),(b'abc','utf-32-le'),(b'\x00\x00\x11\x00','utf-32-le'),(b'\x00\xd8\x00\x00','utf-32-le'),(b'\xff\xfea\x00','utf-16'),(b'\xfe\xff\x00a','utf-16'),(b'a\x00','utf-16'),(b'\xef\xbb\xbfhi','utf-8-sig'),(b'hi','utf-8-sig'), (b'\xff\xfe\x00\x00a\x00\x00\x00','utf-32'),(b'a\x00\x00\x00','utf-32'),(b'\x00','utf-16'),(b'\xfe\xff\x00','utf-16'),(b'abc','utf-32'),(b'\x00','utf16'), (b'\x80', 'utf-8-sig'), (b'\xef\xbb\xbf\x80', 'utf-8-sig'), (b'\x00=\xd8\x00\xde', 'utf-16-be')]
for b,e in tests:
  for err in ['strict','replace','ignore','backslashreplace']:
    try: print(repr(b),e,err,repr(b.decode(e,err)))
    except Exception as x: print(repr(b),e,err,type(x).__name__,x, x.start, x.end, x.encoding)
for e in ['utf-16','utf-16-le','utf-16-be','utf-32','utf-32-le','utf-32-be','utf-8-sig','utf_16','UTF16','utf-32be']:
  print(e, 'hé😀'.encode(e), ''.encode(e), 'hé😀'.encode(e).decode(e))
print(len("😀".encode("utf-16-le")) // 2, str(b'\xff\xfeh\x00i\x00', 'utf-16'))
import json
print(json.loads(b'{"a": [1]}'), json.loads(bytearray(b'[2]')), json.loads('[1, "\u00e9"]'.encode('utf-16')), json.loads('{"x": 3}'.encode('utf-32-be')), json.loads('"é"'.encode('utf-8-sig')), json.loads('[3]'.encode('utf-16-le')))
import enum
class C(enum.IntEnum):
    A = 1
print(bytearray.__len__(bytearray(b"ab")), bytes.__getitem__(b"ab", 0), b"ab".__len__(), b"ab".__add__(b"c"), bytearray(b"a").__contains__(97))
print(range(5).__len__(), range(5).__getitem__(-1), range(3).__contains__(2), list(range(2).__iter__()))
print("x".maketrans("a","b"))
print(b"x".maketrans(b"a",b"b")[97:99])
print(b"x".fromhex("ff"), bytearray(b"").fromhex("01"))
print((1.5).fromhex("0x1p1"), (5).from_bytes(b"\x01", "big"))
