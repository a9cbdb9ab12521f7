# shlex, uuid and secrets: splitting command lines, identifiers, tokens.
import shlex, uuid, secrets
print(shlex.split('ls -l "My Documents" \'single quoted\' plain\\ space'))
print(shlex.split('echo "a \\"quoted\\" word" x#y # comment', comments=True))
print(shlex.split('a "" b \'\'  c'), shlex.split(""), shlex.split("  spaced   out  "))
print(shlex.split('python -c "print(1)" --name=value'))
print(shlex.split('non posix "keeps quotes"', posix=False))
for bad in ['unclosed "quote', "trailing \\", "it's"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
print(shlex.quote("simple"), shlex.quote("has space"), shlex.quote("don't"), shlex.quote(""), shlex.quote("a$b"))
print(shlex.join(["echo", "hello world", "it's", "x"]))
print(list(shlex.shlex('a b "c d"', posix=True)))

u = uuid.uuid4()
print(type(u).__name__, len(str(u)), u.version, u.variant, len(u.hex), str(u).count("-"), len(u.bytes))
print(str(u)[14], str(u)[19] in "89ab", u == uuid.UUID(str(u)), u == uuid.UUID(u.hex), uuid.uuid4() != u)
d = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
print(d, repr(d), d.version)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com"))
x = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(x.hex, x.int, x.urn, x.fields, x.time_low, x.node, x.bytes)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == x, uuid.UUID(int=x.int) == x, uuid.UUID(bytes=x.bytes) == x)
print(uuid.UUID(bytes_le=x.bytes_le) == x, x.bytes_le, x.version, x.variant, uuid.NAMESPACE_DNS)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), hash(uuid.UUID(int=7)) == hash(7))
print(uuid.UUID(int=1, version=4))
one = uuid.uuid1()
print(one.version, len(str(one)))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
try:
    x.int = 5
except TypeError as e:
    print("TypeError:", e)

print(len(secrets.token_hex(16)), len(secrets.token_hex()), len(secrets.token_bytes(10)), type(secrets.token_bytes(4)).__name__)
tok = secrets.token_urlsafe(16)
print(len(tok), all(c.isalnum() or c in "-_" for c in tok))
print(all(c in "0123456789abcdef" for c in secrets.token_hex(8)))
print(0 <= secrets.randbelow(10) < 10, secrets.choice(["only"]), secrets.randbits(8) < 256)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.compare_digest("a", "ab"))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(secrets.SystemRandom().random(), float))
