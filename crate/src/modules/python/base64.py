"""Base16, Base32 and Base64 encodings of bytes, as CPython's base64 (the
Base64 work is binascii's)."""

import binascii

__all__ = ["encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode", "b32decode",
           "b16encode", "b16decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode"]


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                    % s.__class__.__name__)


def _swap(s, old, new):
    table = dict(zip(old, new))
    return bytes(table.get(c, c) for c in s)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        return _swap(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        s = _swap(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_swap(s, b"-_", b"+/"))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b32encode(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '" + type(s).__name__ + "'")
    s = bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b"\0" * (5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        n = int.from_bytes(s[i:i + 5], "big")
        out += bytes(_B32[(n >> shift) & 31] for shift in range(35, -5, -5))
    # 1, 2, 3 or 4 bytes of the last group make 2, 4, 5 or 7 characters.
    pad = {1: 6, 2: 4, 3: 3, 4: 1}.get(leftover, 0)
    if pad:
        out[-pad:] = b"=" * pad
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = _swap(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    body = s.rstrip(b"=")
    padchars = len(s) - len(body)
    out = bytearray()
    for i in range(0, len(body), 8):
        n = 0
        quanta = body[i:i + 8]
        for c in quanta:
            v = _B32.find(bytes([c]))
            if v < 0:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | v
        n <<= 5 * (8 - len(quanta))
        out += n.to_bytes(5, "big")
    if len(s) and padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if padchars and out:
        del out[-((padchars * 5 + 7) // 8):]
    return bytes(out)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


def encodebytes(s):
    """Base64 in lines of 76 characters, each ending in a newline."""
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not " + type(s).__name__)
    return b"".join(binascii.b2a_base64(s[i:i + 57]) for i in range(0, len(s), 57))


def decodebytes(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not " + type(s).__name__)
    return binascii.a2b_base64(s)
