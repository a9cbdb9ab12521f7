# JSON dumps: build a document of nested dicts, lists, strings (with quotes,
# backslashes, control and non-ASCII characters), ints, floats, booleans and
# None, then serialise it with a small JSON encoder written here (the same
# text as json.dumps with its defaults). The document has 1,000 records.
# Size: how many times it is built and serialised.
import sys
import time

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
           "\b": "\\b", "\f": "\\f"}


def encode_string(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 | (code >> 10):04x}\\u{0xDC00 | (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
    out.append('"')
    return "".join(out)


def encode(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(encode_string(value))
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key, item in value.items():
            if not first:
                out.append(", ")
            first = False
            out.append(encode_string(key if isinstance(key, str) else str(key)))
            out.append(": ")
            encode(item, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(", ")
            encode(item, out)
        out.append("]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def dumps(value):
    out = []
    encode(value, out)
    return "".join(out)


WORDS = ["alpha", "beta", "gamma", "delta", "épsilon", "zeta \"eta\"", "theta\\iota",
         "kappa\nlambda", "mu\tnu", "ξ omicron", "π", "rho ρ", "sigma", "tau", "☃ snow"]


def make_record(i):
    return {
        "id": i,
        "name": f"{WORDS[i % len(WORDS)]}-{i}",
        "active": i % 3 == 0,
        "score": i * 0.25 + 1 / (i + 3),
        "ratio": (i % 17) / 7,
        "parent": None if i % 5 == 0 else i // 2,
        "tags": [WORDS[(i * k) % len(WORDS)] for k in range(1, i % 4 + 2)],
        "position": {"x": i % 10, "y": -(i % 13), "z": [i, i * i, -i * 3]},
        "history": [{"step": s, "ok": s % 2 == 0, "value": s * 1.5} for s in range(i % 3)],
        "note": "" if i % 4 else "line one\nline two\t\"quoted\" \\ done\u0001",
    }


def make_document(n):
    return {
        "version": 3,
        "title": "benchmark document — «json»",
        "empty": {},
        "nothing": [],
        "records": [make_record(i) for i in range(n)],
        "totals": (n, n * (n - 1) // 2, 1e-7, 1e22, -0.0, 2 ** 70),
    }


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
start = time.perf_counter()
lengths = set()
for _ in range(rounds):
    document = make_document(1000)
    text = dumps(document)
    lengths.add(len(text))
elapsed = time.perf_counter() - start
weighted = 0
for i in range(0, len(text), 7):
    weighted += (i % 31 + 1) * ord(text[i])
print(f"checksum=length:{sorted(lengths)},ords:{sum(map(ord, text))},weighted:{weighted},rounds:{rounds}")
print(f"ms={elapsed * 1000:.3f}")
