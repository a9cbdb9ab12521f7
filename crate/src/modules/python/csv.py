"""csv: comma-separated values as CPython 3.11's: reader and writer with
the dialect parameters (delimiter, quotechar, escapechar, doublequote,
skipinitialspace, lineterminator, quoting, strict), the excel, excel-tab and
unix dialects, DictReader and DictWriter. Not covered: Sniffer.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error",
           "Dialect", "excel", "excel_tab", "unix_dialect", "field_size_limit", "reader",
           "writer", "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "DictReader", "DictWriter", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


# CPython's is _csv.Error.
Error.__module__ = "_csv"

_field_limit = 128 * 1024


def field_size_limit(new_limit=None):
    global _field_limit
    old = _field_limit
    if new_limit is not None:
        if not isinstance(new_limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = new_limit
    return old


class Dialect:
    """A set of formatting parameters; subclasses set them as class attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        _Params(self)


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(dialect if dialect is not None else excel, **fmtparams)


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


class _Params:
    """A dialect's parameters, checked as CPython checks them."""

    def __init__(self, dialect="excel", **fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name, default in (("delimiter", ","), ("quotechar", '"'), ("escapechar", None),
                              ("doublequote", True), ("skipinitialspace", False),
                              ("lineterminator", "\r\n"), ("quoting", QUOTE_MINIMAL),
                              ("strict", False)):
            value = fmtparams.pop(name, getattr(dialect, name, default))
            if value is None and name not in ("escapechar", "quotechar"):
                value = default
            setattr(self, name, value)
        if fmtparams:
            name = next(iter(fmtparams))
            raise TypeError("'" + name + "' is an invalid keyword argument for this function")
        self._check_char("delimiter", self.delimiter, False)
        self._check_char("quotechar", self.quotechar, True)
        self._check_char("escapechar", self.escapechar, True)
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError("bad \"quoting\" value")
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")

    @staticmethod
    def _check_char(name, value, none_ok):
        if value is None and none_ok:
            return
        if not isinstance(value, str):
            raise TypeError('"' + name + '" must be string' + (" or None" if none_ok else "")
                            + ", not " + type(value).__name__)
        if len(value) != 1:
            raise TypeError('"' + name + '" must be a 1-character string')


class _Reader:
    """Rows of fields from an iterable of lines."""

    def __init__(self, lines, dialect, fmtparams):
        self._lines = iter(lines)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        row = []
        field = []
        state = "start_record"
        quoted = False  # whether the field being read was quoted

        def end_field():
            text = "".join(field)
            if len(text) > _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
            if d.quoting == QUOTE_NONNUMERIC and not quoted and text:
                text = float(text)
            row.append(text)
            field.clear()

        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if state in ("in_quoted", "escape_in_quoted", "quote_in_quoted") and \
                        state != "quote_in_quoted":
                    if d.strict:
                        raise Error("unexpected end of data")
                    end_field()
                    return row
                if field or state in ("in_field", "start_field", "quote_in_quoted",
                                      "escaped"):
                    end_field()
                    return row
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be "
                            "opened in text mode)" % type(line).__name__)
            self.line_num += 1
            i, n = 0, len(line)
            while i < n:
                c = line[i]
                i += 1
                if c == "\0":
                    raise Error("line contains NUL")
                if state == "start_record":
                    if c in "\r\n":
                        state = "eat_crnl"
                        continue
                    state = "start_field"
                if state == "start_field":
                    quoted = False
                    if c in "\r\n":
                        end_field()
                        state = "eat_crnl"
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        quoted = True
                        state = "in_quoted"
                    elif c == d.escapechar:
                        state = "escaped"
                    elif c == " " and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        end_field()
                    else:
                        field.append(c)
                        state = "in_field"
                elif state == "escaped":
                    field.append(c)
                    state = "in_field"
                elif state == "in_field":
                    if c in "\r\n":
                        end_field()
                        state = "eat_crnl"
                    elif c == d.escapechar:
                        state = "escaped"
                    elif c == d.delimiter:
                        end_field()
                        state = "start_field"
                    else:
                        field.append(c)
                elif state == "in_quoted":
                    if c == d.escapechar:
                        state = "escape_in_quoted"
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = "quote_in_quoted" if d.doublequote else "in_field"
                    else:
                        field.append(c)
                elif state == "escape_in_quoted":
                    field.append(c)
                    state = "in_quoted"
                elif state == "quote_in_quoted":
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        field.append(c)  # a doubled quote
                        state = "in_quoted"
                    elif c == d.delimiter:
                        end_field()
                        state = "start_field"
                    elif c in "\r\n":
                        end_field()
                        state = "eat_crnl"
                    elif not d.strict:
                        field.append(c)
                        state = "in_field"
                    else:
                        raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
                elif state == "eat_crnl":
                    if c not in "\r\n":
                        raise Error("new-line character seen in unquoted field - do you need "
                                    "to open the file with newline=''?")
            # The end of a line.
            if state == "eat_crnl" or state == "start_record":
                if state == "start_record" and not row:
                    return row
                return row
            if state in ("in_quoted", "escape_in_quoted"):
                if state == "escape_in_quoted":
                    field.append("\n")
                    state = "in_quoted"
                continue  # a quoted field goes on in the next line
            if state == "escaped":
                field.append("\n")
                state = "in_field"
                continue
            end_field()
            return row


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


class _Writer:
    """Writes rows of fields to a file-like object, as text."""

    def __init__(self, f, dialect, fmtparams):
        if not hasattr(f, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = f.write
        self.dialect = _Params(dialect, **fmtparams)

    def _field(self, value, only):
        """A value as the text of one field: quoted where it must be (or as
        the quoting asks), special characters doubled or escaped."""
        d = self.dialect
        if value is None:
            text = ""
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if d.quoting == QUOTE_NONNUMERIC:
            number = hasattr(type(value), "__float__") or hasattr(type(value), "__index__")
            quote = not number
        else:
            quote = d.quoting == QUOTE_ALL or (only and text == "" and d.quoting != QUOTE_NONE)
        out = []
        for c in text:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or \
                    c in d.lineterminator:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                elif c == d.quotechar:
                    if d.doublequote:
                        out.append(c)
                    else:
                        escape = True
                elif c == d.escapechar:
                    escape = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
                elif d.quoting != QUOTE_NONE:
                    quote = True
            out.append(c)
        text = "".join(out)
        if quote:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not " + type(row).__name__)
        line = self.dialect.delimiter.join(
            self._field(value, len(fields) == 1) for value in fields)
        if len(fields) == 1 and line == "" and self.dialect.quoting == QUOTE_NONE:
            raise Error("single empty field record must be quoted")
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    """Rows as dicts keyed by the first row (or the given fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
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
        while row == []:  # blank lines are skipped
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf, lr = len(self.fieldnames), len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " +
                                 ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
