"""struct: values packed into bytes and back, as CPython 3.11's on a 64-bit
little-endian machine: pack, unpack, calcsize, pack_into, unpack_from,
iter_unpack and Struct, with the byte orders @ = < > ! and the codes
x c b B ? h H i I l L q Q n N e f d s p P.
"""

import math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
           "Struct", "error"]


class error(Exception):
    pass


# Standard sizes (< > ! =) and, where they differ, native ones (@).
_STD_SIZE = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
             "l": 4, "L": 4, "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1}
_NATIVE_SIZE = dict(_STD_SIZE, l=8, L=8, n=8, N=8, P=8)
_SIGNED = "bhilqn"
_UNSIGNED = "BHILQNP"


def _parse(fmt):
    """(little-endian?, native?, [(code, count, offset)], size) of a format."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not "
                        + type(fmt).__name__)
    little, native, i = True, True, 0
    if fmt[:1] in "@=<>!" and fmt:
        order = fmt[0]
        native = order == "@"
        little = order in "@=<"
        i = 1
    sizes = _NATIVE_SIZE if native else _STD_SIZE
    items, offset = [], 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            start = i
            while i < n and fmt[i].isdigit():
                i += 1
            if i == n:
                raise error("repeat count given without format specifier")
            count = int(fmt[start:i])
            c = fmt[i]
        i += 1
        if c not in sizes:
            raise error("bad char in struct format")
        size = sizes[c]
        if native:
            offset = (offset + size - 1) // size * size  # natural alignment
        count = 1 if count is None else count
        items.append((c, count, offset))
        offset += size * count
    return little, native, items, offset


def _int_arg(value):
    if not isinstance(value, int):
        index = getattr(type(value), "__index__", None)
        if index is None:
            raise error("required argument is not an integer")
        value = index(value)
    return value


def _range_error(code, native, low, high, unsigned):
    names = {"b": "byte", "B": "ubyte", "H": "ushort"}
    if code in names:
        return error("%s format requires %d <= number <= %d" % (names[code], low, high))
    if code == "h" and native:
        return error("short format requires %d <= number <= %d" % (low, high))
    if unsigned or high >= 2**63 - 1:
        return error("argument out of range")
    return error("'%s' format requires %d <= number <= %d" % (code, low, high))


def _float_bits(x, exp_bits, mant_bits, code):
    """The IEEE 754 bits of float x in a format of that many exponent and
    mantissa bits, rounded half to even."""
    bias = (1 << (exp_bits - 1)) - 1
    top = (1 << exp_bits) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        bits = (top << mant_bits) | (1 << (mant_bits - 1))
    elif x in (math.inf, -math.inf):
        bits = top << mant_bits
    elif x == 0:
        bits = 0
    else:
        m, e = math.frexp(abs(x))
        n = int(m * 2**53)  # abs(x) == n * 2**(e - 53), exactly
        field = e - 1 + bias
        if field >= 1:
            shift = 52 - mant_bits
        else:
            shift = 52 - mant_bits + 1 - field
        if shift > 0:
            q, r = divmod(n, 1 << shift)
            half = 1 << (shift - 1)
            if r > half or (r == half and q & 1):
                q += 1
        else:
            q = n << -shift
        if field >= 1:
            if q == 1 << (mant_bits + 1):
                q >>= 1
                field += 1
            if field >= top:
                raise OverflowError("float too large to pack with %s format" % code)
            bits = (field << mant_bits) | (q - (1 << mant_bits))
        else:
            bits = q  # subnormal, or the smallest normal if it rounded up
    return (sign << (exp_bits + mant_bits)) | bits


def _bits_float(bits, exp_bits, mant_bits):
    bias = (1 << (exp_bits - 1)) - 1
    top = (1 << exp_bits) - 1
    sign = -1.0 if bits >> (exp_bits + mant_bits) else 1.0
    field = (bits >> mant_bits) & top
    mant = bits & ((1 << mant_bits) - 1)
    if field == top:
        return sign * math.inf if mant == 0 else math.copysign(math.nan, sign)
    if field == 0:
        return sign * math.ldexp(float(mant), 1 - bias - mant_bits)
    return sign * math.ldexp(float(mant | (1 << mant_bits)), field - bias - mant_bits)


_FLOAT_LAYOUT = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}


class Struct:
    """A compiled format."""

    def __init__(self, format):
        self._little, self._native, self._items, self.size = _parse(format)
        self.format = format.decode("ascii") if isinstance(format, bytes) else format
        self._nargs = sum(1 if c in "sp" else count for c, count, _ in self._items
                          if c != "x")

    def __repr__(self):
        return "Struct(%r)" % self.format

    def _pack_item(self, code, value):
        order = "little" if self._little else "big"
        size = (_NATIVE_SIZE if self._native else _STD_SIZE)[code]
        if code in _SIGNED or code in _UNSIGNED:
            value = _int_arg(value)
            if code in _SIGNED:
                low, high = -(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1
            else:
                low, high = 0, (1 << (size * 8)) - 1
            if not low <= value <= high:
                raise _range_error(code, self._native, low, high, code in _UNSIGNED)
            return value.to_bytes(size, order, signed=code in _SIGNED)
        if code == "?":
            return b"\x01" if value else b"\x00"
        if code == "c":
            if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
                raise error("char format requires a bytes object of length 1")
            return bytes(value)
        if code in _FLOAT_LAYOUT:
            if not isinstance(value, float):
                f = getattr(type(value), "__float__", None) or getattr(
                    type(value), "__index__", None)
                if f is None:
                    raise error("required argument is not a float")
                value = float(f(value))
            exp_bits, mant_bits = _FLOAT_LAYOUT[code]
            try:
                bits = _float_bits(value, exp_bits, mant_bits, code)
            except OverflowError:
                if code == "f" and self._native:
                    bits = _float_bits(math.copysign(math.inf, value), 8, 23, code)
                else:
                    raise
            return bits.to_bytes(size, order)
        raise error("bad char in struct format")

    def pack(self, *values):
        if len(values) != self._nargs:
            raise error("pack expected %d items for packing (got %d)" % (self._nargs,
                                                                       len(values)))
        out = bytearray(self.size)
        args = iter(values)
        for code, count, offset in self._items:
            if code == "x":
                continue
            if code in "sp":
                value = next(args)
                if not isinstance(value, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == "s":
                    data = bytes(value[:count])
                else:
                    length = min(len(value), count - 1, 255) if count else 0
                    data = (bytes([length]) + bytes(value[:length]))[:count]
                out[offset:offset + len(data)] = data
                continue
            size = (_NATIVE_SIZE if self._native else _STD_SIZE)[code]
            for k in range(count):
                data = self._pack_item(code, next(args))
                out[offset + k * size:offset + (k + 1) * size] = data
        return bytes(out)

    def unpack(self, buffer):
        data = bytes(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(data, 0)

    def _unpack(self, data, base):
        order = "little" if self._little else "big"
        sizes = _NATIVE_SIZE if self._native else _STD_SIZE
        result = []
        for code, count, offset in self._items:
            start = base + offset
            if code == "x":
                continue
            if code == "s":
                result.append(data[start:start + count])
                continue
            if code == "p":
                length = min(data[start], count - 1) if count else 0
                result.append(data[start + 1:start + 1 + length])
                continue
            size = sizes[code]
            for k in range(count):
                chunk = data[start + k * size:start + (k + 1) * size]
                if code in _SIGNED or code in _UNSIGNED:
                    result.append(int.from_bytes(chunk, order, signed=code in _SIGNED))
                elif code == "?":
                    result.append(chunk != b"\x00")
                elif code == "c":
                    result.append(chunk)
                else:
                    exp_bits, mant_bits = _FLOAT_LAYOUT[code]
                    result.append(_bits_float(int.from_bytes(chunk, order), exp_bits,
                                              mant_bits))
        return tuple(result)

    def unpack_from(self, buffer, offset=0):
        data = bytes(buffer)
        if offset < 0:
            if offset + len(data) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack(data, offset)

    def pack_into(self, buffer, offset, *values):
        data = self.pack(*values)
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        buffer[offset:offset + self.size] = data

    def iter_unpack(self, buffer):
        data = bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return iter([self._unpack(data, i) for i in range(0, len(data), self.size)])


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def _clearcache():
    _cache.clear()


def calcsize(fmt):
    return _struct(fmt).size


def pack(fmt, *values):
    return _struct(fmt).pack(*values)


def pack_into(fmt, buffer, offset, *values):
    return _struct(fmt).pack_into(buffer, offset, *values)


def unpack(fmt, buffer):
    return _struct(fmt).unpack(buffer)


def unpack_from(fmt, buffer, offset=0):
    return _struct(fmt).unpack_from(buffer, offset)


def iter_unpack(fmt, buffer):
    return _struct(fmt).iter_unpack(buffer)
