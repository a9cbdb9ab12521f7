"""CSV files: reader, writer, DictReader and DictWriter, with the "excel"
dialect (comma, double quote, \\r\\n) and its variations by keyword.

Written from the documented behaviour of CPython's csv module. Not here:
csv.Sniffer, and the dialects' rarer options (strict mode's every check)."""

__all__ = [
    "QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
    "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "reader",
    "writer", "register_dialect", "get_dialect", "list_dialects",
    "unregister_dialect", "field_size_limit", "DictReader", "DictWriter",
]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


class Dialect:
    """The formatting of a CSV file; subclasses set the class attributes."""

    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL
    strict = False


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(excel):
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}
_field_limit = 131072

_OPTIONS = ("delimiter", "quotechar", "escapechar", "doublequote",
            "skipinitialspace", "lineterminator", "quoting", "strict")


def register_dialect(name, dialect=None, **options):
    base = excel if dialect is None else get_dialect(dialect) if isinstance(dialect, str) else dialect
    _dialects[name] = type(name, (Dialect,), _settings(base, options))


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        _field_limit = args[0]
    return old


def _settings(dialect, options):
    """The dialect's options, those given by keyword over them, checked."""
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    settings = {}
    for name in _OPTIONS:
        settings[name] = options.pop(name, getattr(dialect, name, None))
    if options:
        name = next(iter(options))
        raise TypeError(f"'{name}' is an invalid keyword argument for this function")
    delimiter = settings["delimiter"]
    if not isinstance(delimiter, str) or len(delimiter) != 1:
        if isinstance(delimiter, str):
            raise TypeError('"delimiter" must be a 1-character string')
        raise TypeError(f'"delimiter" must be string, not {type(delimiter).__name__}')
    if settings["quoting"] is None:
        settings["quoting"] = QUOTE_MINIMAL
    if settings["lineterminator"] is None:
        settings["lineterminator"] = "\r\n"
    if settings["doublequote"] is None:
        settings["doublequote"] = True
    if settings["quotechar"] is None and settings["quoting"] != QUOTE_NONE:
        raise TypeError("quotechar must be set if quoting enabled")
    return settings


class _Reader:
    """Iterates over the rows (lists of str) of the lines of `lines`."""

    def __init__(self, lines, dialect="excel", **options):
        self._lines = iter(lines)
        self._s = _settings(dialect, options)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _next_line(self):
        line = next(self._lines)
        if not isinstance(line, str):
            raise Error(
                f"iterator should return strings, not {type(line).__name__} "
                "(the file should be opened in text mode)"
            )
        self.line_num += 1
        return line

    def __next__(self):
        s = self._s
        delim, quote, escape = s["delimiter"], s["quotechar"], s["escapechar"]
        quoting = s["quoting"]
        row, field = [], []
        in_quotes = False
        was_quoted = False
        at_start = True
        line = self._next_line()
        if line in ("\n", "\r\n", "\r"):
            return []
        i = 0
        while True:
            if i >= len(line):
                if in_quotes:
                    try:
                        line = self._next_line()
                    except StopIteration:
                        if s["strict"]:
                            raise Error("unexpected end of data") from None
                        break
                    i = 0
                    continue
                break
            c = line[i]
            if in_quotes:
                if escape is not None and c == escape and i + 1 < len(line):
                    field.append(line[i + 1])
                    i += 2
                    continue
                if c == quote:
                    if s["doublequote"] and i + 1 < len(line) and line[i + 1] == quote:
                        field.append(quote)
                        i += 2
                        continue
                    in_quotes = False
                    i += 1
                    continue
                field.append(c)
                i += 1
                continue
            if c in "\r\n":
                i += 1
                continue
            if c == delim:
                row.append(self._field(field, was_quoted))
                field, was_quoted, at_start = [], False, True
                i += 1
                continue
            if c == " " and at_start and s["skipinitialspace"]:
                i += 1
                continue
            if escape is not None and c == escape and i + 1 < len(line):
                field.append(line[i + 1])
                i += 2
                at_start = False
                continue
            if c == quote and at_start and quoting != QUOTE_NONE:
                in_quotes = was_quoted = True
                at_start = False
                i += 1
                continue
            field.append(c)
            at_start = False
            i += 1
        row.append(self._field(field, was_quoted))
        return row

    def _field(self, chars, quoted):
        text = "".join(chars)
        if len(text) > _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        if self._s["quoting"] == QUOTE_NONNUMERIC and not quoted:
            return float(text) if text else text
        return text


def reader(csvfile, dialect="excel", **options):
    return _Reader(csvfile, dialect, **options)


class _Writer:
    """Writes rows to `out` (anything with `write`)."""

    def __init__(self, out, dialect="excel", **options):
        self._out = out
        self._s = _settings(dialect, options)
        self.dialect = dialect

    def _quote(self, value, only_one):
        s = self._s
        quoting, quote, delim, escape = s["quoting"], s["quotechar"], s["delimiter"], s["escapechar"]
        if value is None:
            text = ""
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        if quoting == QUOTE_ALL or (quoting == QUOTE_NONNUMERIC and not numeric):
            needs = True
        elif quoting == QUOTE_NONE:
            needs = False
        else:
            special = delim + "\r\n" + (quote or "") + (escape or "")
            needs = any(c in special for c in text) or (only_one and text == "")
            if text.startswith(" ") and s["skipinitialspace"]:
                needs = True
        if quote and quote in text:
            if s["doublequote"]:
                text = text.replace(quote, quote + quote)
            elif escape:
                text = text.replace(quote, escape + quote)
            else:
                raise Error("need to escape, but no escapechar set")
        if quoting == QUOTE_NONE:
            for c in delim + "\r\n":
                if c in text:
                    if not escape:
                        raise Error("need to escape, but no escapechar set")
                    text = text.replace(c, escape + c)
        return quote + text + quote if needs else text

    def writerow(self, row):
        try:
            values = list(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        line = self._s["delimiter"].join(
            self._quote(v, len(values) == 1) for v in values
        ) + self._s["lineterminator"]
        return self._out.write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **options):
    return _Writer(csvfile, dialect, **options)


class DictReader:
    """Rows as dicts keyed by the first row (or `fieldnames`)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        elif len(names) > len(row):
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, their values in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = list(fieldnames)
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError(
                f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'"
            )
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _row(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError(
                    "dict contains fields not in fieldnames: "
                    + ", ".join(repr(x) for x in wrong)
                )
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._row, rowdicts))
