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
    flags = 2  # re.IGNORECASE, without importing re

    def __init__(self, template):
        self.template = template

    def _delimiter(self):
        return type(self).delimiter

    def _custom(self):
        """The compiled pattern of a subclass with its own names' patterns
        (`idpattern`, `braceidpattern`, `flags`) or its own whole `pattern`;
        None for the usual names, which `_scan` reads by hand (no `re`)."""
        cls = type(self)
        if (cls.idpattern == Template.idpattern and cls.braceidpattern is None
                and cls.flags == Template.flags and "pattern" not in dir(cls)):
            return None
        compiled = _patterns.get(cls)
        if compiled is None:
            import re

            pattern = getattr(cls, "pattern", None)
            if pattern is None:
                delim = re.escape(cls.delimiter)
                brace = cls.braceidpattern or cls.idpattern
                pattern = (delim + "(?:(?P<escaped>" + delim + ")|(?P<named>" + cls.idpattern
                           + ")|{(?P<braced>" + brace + ")}|(?P<invalid>))")
            if isinstance(pattern, str):
                pattern = re.compile(pattern, cls.flags | re.VERBOSE)
            compiled = _patterns[cls] = pattern
        return compiled

    def _scan_custom(self, regex, mapping, safe):
        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                if not safe:
                    return str(mapping[named])
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                if safe:
                    return mo.group()
                i = mo.start("invalid")
                lines = self.template[:i].splitlines(keepends=True)
                line = max(len(lines), 1)
                col = i - len("".join(lines[:-1])) if lines else 1
                raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")
            raise ValueError("Unrecognized named group in pattern", regex)

        return regex.sub(convert, self.template)

    def _scan(self, mapping, safe):
        regex = self._custom()
        if regex is not None:
            return self._scan_custom(regex, mapping, safe)
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
        regex = self._custom()
        if regex is not None:
            for mo in regex.finditer(self.template):
                named = mo.group("named") or mo.group("braced")
                if named is not None and named not in found:
                    found.append(named)
            return found
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


# Each subclass's compiled pattern (see `Template._custom`).
_patterns = {}


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
    """str.format's machinery in steps a subclass can replace: parse,
    get_field, get_value, convert_field, format_field, check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth,
                 auto_arg_index=0):
        if depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                result.append(literal)
            if field_name is None:
                continue
            # "{}" numbers itself; "{0}" is manual; the two do not mix.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field "
                                     "numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field "
                                     "numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(
                spec, args, kwargs, used_args, depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each
        piece of format_string; the last three are None after the final
        literal, and after a literal ending in an escaped brace."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _parse_format(text):
    pieces = []
    literal = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "}":
            if i + 1 < n and text[i + 1] == "}":
                # An escaped brace ends the literal, as CPython cuts it.
                literal.append("}")
                pieces.append(("".join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == "{":
            literal.append("{")
            pieces.append(("".join(literal), None, None, None))
            literal = []
            i += 2
            continue
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        # The field runs to the "}" that matches its "{"; in its name, a
        # "[...]" may hold braces.
        depth = 1
        j = i + 1
        in_name = True
        while j < n:
            if in_name and text[j] == "[":
                while j < n and text[j] != "]":
                    j += 1
                if j >= n:
                    break
            elif in_name and text[j] in "!:":
                in_name = False
            if text[j] == "{":
                depth += 1
            elif text[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        name, conversion, spec = _split_field(text[i + 1:j])
        pieces.append(("".join(literal), name, spec, conversion))
        literal = []
        i = j + 1
    if literal:
        pieces.append(("".join(literal), None, None, None))
    return pieces


def _split_field(field):
    # "name!c:spec" into its parts; a "[...]" in the name may hold ! or :.
    i, n = 0, len(field)
    while i < n and field[i] not in "!:":
        if field[i] == "[":
            while i < n and field[i] != "]":
                i += 1
        i += 1
    i = min(i, n)
    name = field[:i]
    conversion = None
    rest = field[i:]
    if rest.startswith("!"):
        if rest == "!":
            # The "}" came where the conversion should have.
            raise ValueError("unmatched '{' in format spec")
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion "
                             "specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    spec = rest[1:] if rest.startswith(":") else ""
    return name, conversion, spec


def _split_field_name(name):
    # "a.b[0]" into "a" (an int if all digits) and [(True, "b"), (False, 0)].
    i, n = 0, len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")
    return first, rest
