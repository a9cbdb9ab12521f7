import hashlib

print(hashlib.sha256(b"abc").hexdigest())
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    for data in [b"abc", b"", b"a" * 55, b"a" * 56, b"a" * 64, b"x" * 1000]:
        print(" ", getattr(hashlib, name)(data).hexdigest())

h = hashlib.md5()
h.update(b"Hello, ")
c = h.copy()
h.update(b"world")
print(h.hexdigest(), c.hexdigest(), c.digest()[:4], len(h.digest()))
print(hashlib.sha1(bytearray(b"bytes-like")).hexdigest(), hashlib.new("SHA256", b"x").hexdigest()[:16])
print(hashlib.sha256(string=b"kw").hexdigest()[:16], hashlib.md5(b"x", usedforsecurity=False).hexdigest()[:8])
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5().update(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
text = "pässword"
print(hashlib.sha256(text.encode()).hexdigest())
chunks = hashlib.sha512()
for i in range(100):
    chunks.update(str(i).encode())
print(chunks.hexdigest() == hashlib.sha512("".join(map(str, range(100))).encode()).hexdigest())
print(hashlib.new("md5", data=b"d").hexdigest()[:8])
try:
    hashlib.sha1(data=b"x")
except TypeError as e:
    print(e)
for bad in [lambda: hashlib.new("md5", b"a", b"b"), lambda: hashlib.md5(b"a", b"b"), lambda: hashlib.new(),
            lambda: hashlib.new(5), lambda: hashlib.md5().hexdigest(1), lambda: hashlib.md5().update()]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(repr(hashlib.md5()).split(" object")[0], type(hashlib.sha256()))

import base64
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], "héllo".encode()]:
    e64, e32, e16 = base64.b64encode(data), base64.b32encode(data), base64.b16encode(data)
    print(e64, e32, e16[:20], base64.urlsafe_b64encode(data))
    assert base64.b64decode(e64) == data and base64.b32decode(e32) == data and base64.b16decode(e16) == data
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs bG8=\n"), base64.standard_b64decode("Zm9v"))
print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"))
print(base64.b64decode("YWJj====="), base64.b64decode("YW=Jj"), base64.b32decode("mzxw6===", casefold=True))
print(base64.b16decode("ff00", casefold=True), base64.b32decode("MZXW6YQ=").decode(), base64.encodebytes(b"x" * 60))
print(base64.decodebytes(b"eHh4\n"), binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello world"))
for bad in ["YWJ", "YWJjZ", "YQ", "Y", b"@@@@", "abc!", "é"]:
    try:
        print(base64.b64decode(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
for bad in [lambda: base64.b64decode("YW Jj", validate=True), lambda: base64.b32decode("MZXW6"),
            lambda: base64.b32decode("MZXW6YQ1"), lambda: base64.b16decode("fg"), lambda: base64.b16decode("F"),
            lambda: base64.b64encode("text"), lambda: base64.b64decode(5), lambda: binascii.unhexlify("zz"),
            lambda: base64.b32decode("M=======")]:
    try:
        print(bad())
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(base64.b64decode("YWJj", validate=True), base64.b32decode("MZXW6YQ0", map01="L") if False else "")
