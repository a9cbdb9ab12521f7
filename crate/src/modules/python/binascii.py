"""Conversions between bytes and ASCII encodings (base64, hex) and crc32,
as CPython's binascii; the base64 module is built on it."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "hexlify", "unhexlify",
           "b2a_hex", "a2b_hex", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUES = {c: i for i, c in enumerate(_B64)}


def _bytes_like(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '" + type(data).__name__ + "'")


def _ascii_data(data):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '" + type(data).__name__ + "'")


def b2a_base64(data, *, newline=True):
    data = _bytes_like(data)
    out = []
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[n >> 18])
        out.append(_B64[(n >> 12) & 63])
        out.append(_B64[(n >> 6) & 63])
        out.append(_B64[n & 63])
    rest = len(data) % 3
    if rest:
        n = data[len(data) - rest] << 16
        if rest == 2:
            n |= data[-1] << 8
        out.append(_B64[n >> 18])
        out.append(_B64[(n >> 12) & 63])
        out.append(_B64[(n >> 6) & 63] if rest == 2 else 61)
        out.append(61)
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    # Characters outside the alphabet are skipped; a "=" ends the data once
    # the group it closes is complete, as CPython's non-strict decoder.
    data = _ascii_data(data)
    out = bytearray()
    quad = left = pads = 0
    for i, c in enumerate(data):
        if c == 61:
            if strict_mode and not out and not quad:
                raise Error("Leading padding not allowed")
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                if strict_mode and i + 1 < len(data):
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        if strict_mode and pads:
            raise Error("Discontinuous padding not allowed")
        v = _B64_VALUES.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        pads = 0
        if quad == 0:
            left = v
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
        else:
            out.append(((left << 6) | v) & 255)
        quad = (quad + 1) % 4
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) "
                    "cannot be 1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad:
        raise Error("Incorrect padding")
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    text = _bytes_like(data).hex() if sep is None else _bytes_like(data).hex(sep, bytes_per_sep)
    return text.encode("ascii")


def unhexlify(hexstr):
    hexstr = _ascii_data(hexstr)
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    digits = b"0123456789abcdefABCDEF"
    for c in hexstr:
        if c not in digits:
            raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(hexstr.decode("ascii"))


b2a_hex = hexlify
a2b_hex = unhexlify

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0):
    crc = ~crc & 0xFFFFFFFF
    for b in _bytes_like(data):
        crc = _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
