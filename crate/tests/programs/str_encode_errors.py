text = "Café ñandú – 日本"
for enc in ["utf-8", "utf-16-le", "latin-1", "ascii"]:
    for errors in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
        try:
            data = text.encode(enc, errors)
            print(f"{enc:10} {errors:18} {len(data):3} {data[:24]!r}")
        except UnicodeEncodeError as e:
            print(f"{enc:10} {errors:18} UnicodeEncodeError: {e}")
raw = "naïve".encode("utf-8")
print(raw, raw.decode("utf-8"), raw.decode("latin-1"))
for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    try:
        print(errors, repr(raw.decode("ascii", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
        print(e.encoding, e.start, e.end, e.reason, e.object)
try:
    b"\xff\xfe\x00".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    "x".encode("utf-8", "bogus")
except LookupError as e:
    print("LookupError:", e)
print("Straße".upper(), "Straße".casefold(), len("👍"), len("👍".encode()), "👍".encode("utf-16"))
print(ascii("Café 日本"), repr("tab\there"))
"€uro".encode("ascii")
