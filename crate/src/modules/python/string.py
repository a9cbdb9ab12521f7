"""Constants for groups of characters, `capwords`, and `$`-substitution."""

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
    "digits", "hexdigits", "octdigits", "printable", "punctuation",
    "whitespace", "Formatter", "Template",
]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each, and join them with sep (or one space)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


def _is_ident_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_ident_char(c):
    return _is_ident_start(c) or ("0" <= c <= "9")


class Template:
    """A string with `$name` and `${name}` placeholders; `$$` is a `$`."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _delimiter(self):
        # A subclass may change the delimiter; its own regular expressions
        # for names are out of this module's reach.
        cls = type(self)
        if (cls.idpattern != Template.idpattern or cls.braceidpattern is not None
                or "pattern" in dir(cls)):
            raise NotImplementedError(
                "string.Template subclasses with their own idpattern, "
                "braceidpattern or pattern are not supported")
        return cls.delimiter

    def _scan(self, mapping, safe):
        text = self.template
        delim = self._delimiter()
        size = len(delim)
        out = []
        i = 0
        n = len(text)
        while i < n:
            if not text.startswith(delim, i):
                out.append(text[i])
                i += 1
                continue
            after = i + size
            if text.startswith(delim, after):
                out.append(delim)
                i = after + size
                continue
            if after < n and text[after] == "{":
                j = after + 1
                if j < n and _is_ident_start(text[j]):
                    k = j + 1
                    while k < n and _is_ident_char(text[k]):
                        k += 1
                    if k < n and text[k] == "}":
                        self._put(out, mapping, text[j:k], text[i:k + 1], safe)
                        i = k + 1
                        continue
            elif after < n and _is_ident_start(text[after]):
                k = after + 1
                while k < n and _is_ident_char(text[k]):
                    k += 1
                self._put(out, mapping, text[after:k], text[i:k], safe)
                i = k
                continue
            if safe:
                out.append(delim)
                i = after
                continue
            lines = text[:i].split("\n")
            raise ValueError(
                "Invalid placeholder in string: line " + str(len(lines))
                + ", col " + str(len(lines[-1]) + 1)
            )
        return "".join(out)

    def _put(self, out, mapping, name, original, safe):
        if safe:
            try:
                out.append(str(mapping[name]))
            except KeyError:
                out.append(original)
        else:
            out.append(str(mapping[name]))

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        found = []
        text = self.template
        delim = self._delimiter()
        size = len(delim)
        i = 0
        n = len(text)
        while i < n:
            after = i + size
            if text.startswith(delim, i) and after < n:
                if text.startswith(delim, after):
                    i = after + size
                    continue
                j = after + 1 if text[after] == "{" else after
                k = j
                while k < n and (_is_ident_char(text[k]) if k > j else _is_ident_start(text[k])):
                    k += 1
                if k > j and (j == after or (k < n and text[k] == "}")):
                    if text[j:k] not in found:
                        found.append(text[j:k])
                    i = k
                    continue
            i += 1
        return found

    def is_valid(self):
        # Every name found, so that only a bad placeholder stops the scan.
        try:
            self._scan(_Anything(), False)
        except ValueError:
            return False
        return True


class _Anything:
    def __getitem__(self, key):
        return ""


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _Chain(kws, mapping)
    return mapping


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)
