"""JSON encoder and decoder: dumps, dump, loads, load, JSONEncoder,
JSONDecoder and JSONDecodeError, with CPython 3.11's output and messages.

CPython encodes with its C accelerator when `indent` is None and the whole
text is wanted at once (`dumps`, `encode`), and with its Python encoder
otherwise (`indent` given, `dump`, `iterencode`); the two differ only in the
message for a NaN or infinity refused by allow_nan=False (the Python one
appends the value's repr). Both are followed here.

Not covered: lone surrogates such as "\\ud800" in a JSON string (the
page's str is UTF-8 and cannot hold them: decoding one raises ValueError),
and `json.tool`. `json.decoder` and
`json.encoder` are namespaces holding this module's classes, so that
`json.decoder.JSONDecodeError` works.
"""

__all__ = [
    "dump", "dumps", "load", "loads",
    "JSONDecoder", "JSONDecodeError", "JSONEncoder",
]

_INFINITY = float("inf")


# ---------------------------------------------------------------- encoding

# The escapes both string encoders share: quote, backslash and the control
# characters below U+0020.
_ESCAPES = {ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n",
            ord("\r"): "\\r", ord("\t"): "\\t", ord("\b"): "\\b",
            ord("\f"): "\\f"}
for _code in range(0x20):
    if _code not in _ESCAPES:
        _ESCAPES[_code] = "\\u%04x" % _code
# ensure_ascii also escapes DEL, which is outside ' '..'~'.
_ASCII_ESCAPES = dict(_ESCAPES)
_ASCII_ESCAPES[0x7F] = "\\u007f"
del _code


def _escape_non_ascii(s):
    # Every character above U+007E as \uXXXX, those beyond the BMP as a
    # surrogate pair, as JSON requires.
    out = []
    for ch in s:
        code = ord(ch)
        if code < 0x7F:
            out.append(ch)
        elif code < 0x10000:
            out.append("\\u%04x" % code)
        else:
            code -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10),
                                           0xDC00 | (code & 0x3FF)))
    return "".join(out)


def _encode_str_ascii(s):
    """s as a JSON string of ASCII characters only."""
    s = s.translate(_ASCII_ESCAPES)
    if not s.isascii():
        s = _escape_non_ascii(s)
    return '"' + s + '"'


def _encode_str(s):
    """s as a JSON string, non-ASCII characters kept as they are."""
    return '"' + s.translate(_ESCAPES) + '"'


class JSONEncoder:
    """Turns Python data into JSON text.

    dict -> object, list and tuple -> array, str -> string, int and float
    -> number, True/False -> true/false, None -> null. Anything else is
    handed to `default`, which a subclass overrides to return something
    encodable (or raise TypeError)."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # Indented output ends its lines after the comma.
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Returns an encodable stand-in for o; this one refuses."""
        raise TypeError(
            f"Object of type {type(o).__name__} is not JSON serializable")

    def encode(self, o):
        """The JSON text of o, as one string."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_str_ascii(o)
            return _encode_str(o)
        return "".join(self._chunks(o, True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, as an iterator of strings."""
        return iter(self._chunks(o, _one_shot))

    def _chunks(self, o, one_shot):
        # The C encoder (one shot, no indent) and the Python encoder differ
        # only in the allow_nan message; `python_style` picks the latter.
        python_style = not one_shot or self.indent is not None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        markers = {} if self.check_circular else None
        encode_str = _encode_str_ascii if self.ensure_ascii else _encode_str
        item_sep = self.item_separator
        key_sep = self.key_separator
        allow_nan = self.allow_nan
        sort_keys = self.sort_keys
        skipkeys = self.skipkeys
        default = self.default
        out = []
        emit = out.append

        def floatstr(f):
            if f != f:
                text = "NaN"
            elif f == _INFINITY:
                text = "Infinity"
            elif f == -_INFINITY:
                text = "-Infinity"
            else:
                # float's repr, not a subclass's.
                return float.__repr__(f)
            if not allow_nan:
                message = "Out of range float values are not JSON compliant"
                if python_style:
                    message += ": " + repr(f)
                raise ValueError(message)
            return text

        def enter(container):
            if markers is not None:
                key = id(container)
                if key in markers:
                    raise ValueError("Circular reference detected")
                markers[key] = container
                return key
            return None

        def leave(key):
            if key is not None:
                del markers[key]

        def scalar(o):
            # The JSON text of o if it is not a container, else None.
            if isinstance(o, str):
                return encode_str(o)
            if o is None:
                return "null"
            if o is True:
                return "true"
            if o is False:
                return "false"
            if isinstance(o, int):
                # int's repr, not a subclass's (an IntEnum member is its number).
                return int.__repr__(o)
            if isinstance(o, float):
                return floatstr(o)
            return None

        # The chunks are cut where CPython's Python encoder cuts them, so
        # that iterencode yields the same strings.
        def encode_value(o, level):
            text = scalar(o)
            if text is not None:
                emit(text)
            else:
                encode_container(o, level)

        def encode_container(o, level):
            if isinstance(o, (list, tuple)):
                encode_list(o, level)
            elif isinstance(o, dict):
                encode_dict(o, level)
            else:
                key = enter(o)
                encode_value(default(o), level)
                leave(key)

        def encode_list(lst, level):
            if not lst:
                emit("[]")
                return
            key = enter(lst)
            buf = "["
            if indent is None:
                separator = item_sep
            else:
                level += 1
                newline = "\n" + indent * level
                separator = item_sep + newline
                buf += newline
            first = True
            for value in lst:
                if first:
                    first = False
                else:
                    buf = separator
                text = scalar(value)
                if text is not None:
                    emit(buf + text)
                else:
                    emit(buf)
                    encode_container(value, level)
            if indent is not None:
                level -= 1
                emit("\n" + indent * level)
            emit("]")
            leave(key)

        def encode_dict(dct, level):
            if not dct:
                emit("{}")
                return
            key_id = enter(dct)
            emit("{")
            if indent is None:
                separator = item_sep
            else:
                level += 1
                newline = "\n" + indent * level
                separator = item_sep + newline
                emit(newline)
            items = list(dct.items())
            if sort_keys:
                # Sorted by the keys as given, before they become strings.
                items.sort()
            first = True
            for key, value in items:
                if isinstance(key, str):
                    pass
                elif isinstance(key, float):
                    key = floatstr(key)
                elif key is True:
                    key = "true"
                elif key is False:
                    key = "false"
                elif key is None:
                    key = "null"
                elif isinstance(key, int):
                    key = int.__repr__(key)
                elif skipkeys:
                    continue
                else:
                    raise TypeError("keys must be str, int, float, bool or "
                                    f"None, not {type(key).__name__}")
                if first:
                    first = False
                else:
                    emit(separator)
                emit(encode_str(key))
                emit(key_sep)
                encode_value(value, level)
            if indent is not None:
                level -= 1
                emit("\n" + indent * level)
            emit("}")
            leave(key_id)

        encode_value(o, 0)
        return out


# ---------------------------------------------------------------- decoding

class JSONDecodeError(ValueError):
    """A JSON document that does not parse: `msg` says why, `pos` is the
    index in `doc` where it went wrong, `lineno` and `colno` count from 1."""

    # CPython's module for it, as a traceback names it.
    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(
            "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


class _NoValue(Exception):
    # Raised where a value should start but none does; the caller turns it
    # into "Expecting value" at `pos` (CPython's scanner uses StopIteration).
    def __init__(self, pos):
        super().__init__(pos)
        self.pos = pos


_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f",
                   "n": "\n", "r": "\r", "t": "\t"}
_HEX_VALUES = {}
for _code, _ch in enumerate("0123456789abcdef"):
    _HEX_VALUES[_ch] = _code
    _HEX_VALUES[_ch.upper()] = _code
del _code, _ch
_CONSTANTS = {"NaN": float("nan"), "Infinity": _INFINITY,
              "-Infinity": -_INFINITY}


def _parse_constant(name):
    return _CONSTANTS[name]


def _make_scanner(decoder, s):
    """The function that decodes one JSON value of document s starting at
    a given index, returning (value, index after it).

    The document is scanned as a list of characters: indexing, slicing and
    searching the page's str from an offset cost time in proportion to the
    offset, which would make decoding quadratic."""
    chars = list(s)
    n = len(chars)
    strict = decoder.strict
    parse_float = decoder.parse_float
    parse_int = decoder.parse_int
    parse_constant = decoder.parse_constant
    object_hook = decoder.object_hook
    object_pairs_hook = decoder.object_pairs_hook

    def skip_ws(i):
        while i < n and chars[i] in " \t\n\r":
            i += 1
        return i

    def starts(word, i):
        return "".join(chars[i:i + len(word)]) == word

    def hex4(i):
        # The value of the four hex digits at i, or None.
        if i + 4 > n:
            return None
        value = 0
        for k in range(i, i + 4):
            digit = _HEX_VALUES.get(chars[k])
            if digit is None:
                return None
            value = value * 16 + digit
        return value

    def string(i):
        # The opening quote is at i - 1.
        begin = i - 1
        parts = []
        run = i
        # A lone surrogate cannot be made into a str here; the string's
        # other errors are reported first, as CPython would meet them.
        lone = None
        while True:
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at",
                                      s, begin)
            ch = chars[i]
            if ch == '"':
                parts.append("".join(chars[run:i]))
                if lone is not None:
                    chr(lone)  # raises ValueError
                return "".join(parts), i + 1
            if ch == "\\":
                parts.append("".join(chars[run:i]))
                i += 1
                if i >= n:
                    raise JSONDecodeError("Unterminated string starting at",
                                          s, begin)
                esc = chars[i]
                if esc != "u":
                    if esc not in _SIMPLE_ESCAPES:
                        raise JSONDecodeError("Invalid \\escape", s, i - 1)
                    parts.append(_SIMPLE_ESCAPES[esc])
                    i += 1
                    run = i
                    continue
                # \uXXXX, possibly the first half of a surrogate pair.
                code = hex4(i + 1) if i + 5 < n else None
                if code is None:
                    raise JSONDecodeError("Invalid \\uXXXX escape", s, i)
                i += 5
                if (0xD800 <= code <= 0xDBFF and i + 6 < n
                        and chars[i] == "\\" and chars[i + 1] == "u"):
                    low = hex4(i + 2)
                    if low is None:
                        raise JSONDecodeError("Invalid \\uXXXX escape",
                                              s, i + 1)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                if 0xD800 <= code <= 0xDFFF:
                    if lone is None:
                        lone = code
                else:
                    parts.append(chr(code))
                run = i
                continue
            if strict and ch < " ":
                raise JSONDecodeError("Invalid control character at", s, i)
            i += 1

    def number(start):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        i = start
        if i < n and chars[i] == "-":
            i += 1
        if i < n and chars[i] == "0":
            i += 1
        elif i < n and "1" <= chars[i] <= "9":
            i += 1
            while i < n and "0" <= chars[i] <= "9":
                i += 1
        else:
            raise _NoValue(start)
        is_float = False
        if i + 1 < n and chars[i] == "." and "0" <= chars[i + 1] <= "9":
            is_float = True
            i += 2
            while i < n and "0" <= chars[i] <= "9":
                i += 1
        if i < n and chars[i] in "eE":
            j = i + 1
            if j < n and chars[j] in "+-":
                j += 1
            if j < n and "0" <= chars[j] <= "9":
                while j < n and "0" <= chars[j] <= "9":
                    j += 1
                is_float = True
                i = j
        text = "".join(chars[start:i])
        if is_float:
            return parse_float(text), i
        return parse_int(text), i

    def array(i):
        values = []
        i = skip_ws(i)
        if i < n and chars[i] == "]":
            return values, i + 1
        while True:
            item, i = value(i)
            values.append(item)
            i = skip_ws(i)
            if i < n and chars[i] == "]":
                return values, i + 1
            if i >= n or chars[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = skip_ws(i + 1)

    def obj(i):
        pairs = []
        i = skip_ws(i)
        if i >= n or chars[i] != "}":
            while True:
                if i >= n or chars[i] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes",
                        s, i)
                key, i = string(i + 1)
                i = skip_ws(i)
                if i >= n or chars[i] != ":":
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                item, i = value(skip_ws(i + 1))
                pairs.append((key, item))
                i = skip_ws(i)
                if i < n and chars[i] == "}":
                    break
                if i >= n or chars[i] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = skip_ws(i + 1)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), i + 1
        result = dict(pairs)
        if object_hook is not None:
            result = object_hook(result)
        return result, i + 1

    def value(i):
        if i >= n:
            raise _NoValue(i)
        ch = chars[i]
        if ch == '"':
            return string(i + 1)
        if ch == "{":
            return obj(i + 1)
        if ch == "[":
            return array(i + 1)
        if ch == "n" and starts("null", i):
            return None, i + 4
        if ch == "t" and starts("true", i):
            return True, i + 4
        if ch == "f" and starts("false", i):
            return False, i + 5
        if ch == "N" and starts("NaN", i):
            return parse_constant("NaN"), i + 3
        if ch == "I" and starts("Infinity", i):
            return parse_constant("Infinity"), i + 8
        if ch == "-" and starts("-Infinity", i):
            return parse_constant("-Infinity"), i + 9
        return number(i)

    value.skip_ws = skip_ws
    return value


class JSONDecoder:
    """Turns JSON text into Python data: object -> dict, array -> list,
    string -> str, number -> int or float, true/false -> True/False,
    null -> None, and NaN/Infinity/-Infinity -> float."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document s (whitespace around it
        allowed, nothing else)."""
        scan = _make_scanner(self, s)
        obj, end = self._run(scan, s, scan.skip_ws(0))
        end = scan.skip_ws(end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decodes one JSON value starting at s[idx]; returns (value, index
        where it ends). Text after it is left alone."""
        return self._run(_make_scanner(self, s), s, idx)

    def _run(self, scan, s, idx):
        try:
            return scan(idx)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None


# ---------------------------------------------------------------- functions

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
             separators, default, sort_keys, kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """obj as a JSON formatted str."""
    return _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                    indent, separators, default, sort_keys, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Writes obj as JSON to fp, a file-like object with .write(str)."""
    encoder = _encoder(skipkeys, ensure_ascii, check_circular, allow_nan,
                       cls, indent, separators, default, sort_keys, kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def _detect_encoding(b):
    # A JSON text starts with an ASCII character, so the zero bytes among
    # its first four (or a byte order mark) tell the encoding.
    if b.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if b.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if b.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(b) >= 4:
        if not b[0]:
            return "utf-16-be" if b[1] else "utf-32-be"
        if not b[1]:
            return "utf-16-le" if b[2] or b[3] else "utf-32-le"
    elif len(b) == 2:
        if not b[0]:
            return "utf-16-be"
        if not b[1]:
            return "utf-16-le"
    return "utf-8"


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document in str s."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode(_detect_encoding(s), "surrogatepass")
    elif not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, "
                        f"not {type(s).__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                              s, 0)
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from fp (fp.read())."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# CPython's submodules, as namespaces: `json.decoder.JSONDecodeError` etc.


class decoder:
    JSONDecoder = JSONDecoder
    JSONDecodeError = JSONDecodeError


class encoder:
    JSONEncoder = JSONEncoder
