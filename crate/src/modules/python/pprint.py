"""Pretty printing of nested containers, breaking lines as CPython's pprint:
a container whose repr does not fit in the width is written one item per
line (or as many as fit, with compact=True), indented under its bracket."""

import sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    # Sorts values of mixed types (None and 1) by type name when < fails.
    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _SafeKey(t[0]), _SafeKey(t[1])


class _Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else sys.stdout
        stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = _Out()
        self._format(object, out, 0, 0, {}, 0)
        return "".join(out.parts)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        return self.format(object, context.copy(), self._depth, level)[0]

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write("<Recursion on %s with id=%s>" % (type(object).__name__, objid))
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            writer = _writer_for(object)
            if writer is not None:
                context[objid] = 1
                writer(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write("}")

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ",\n" + " " * indent
        items = list(items)
        for i, (key, ent) in enumerate(items):
            last = i == len(items) - 1
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(": ")
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(delimnl)

    def _pprint_sequence(self, object, stream, indent, allowance, context, level):
        if isinstance(object, list):
            start, end = "[", "]"
        elif isinstance(object, tuple):
            start, end = "(", ",)" if len(object) == 1 else ")"
        else:
            if not len(object):
                stream.write(repr(object))
                return
            if type(object) is set:
                start, end = "{", "}"
            else:
                start, end = type(object).__name__ + "({", "})"
                indent += len(type(object).__name__) + 1
            object = sorted(object, key=_SafeKey)
        stream.write(start)
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        delimnl = ",\n" + " " * indent
        delim = ""
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, ent in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    stream.write(delim)
                    delim = ", "
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        # A long str is written as adjacent literals, split after words (and
        # after its line ends), each fitting the width; in parentheses at the
        # top level.
        if level == 1:
            indent += 1
            allowance += 1
        width = self._width - indent
        lines = object.splitlines(True)
        chunks = []
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            room = width - allowance if last_line else width
            if len(repr(line)) <= room:
                chunks.append(repr(line))
                continue
            import re
            words = re.findall(r"\S*\s*", line)[:-1]
            current = ""
            for j, word in enumerate(words):
                room = width - allowance if last_line and j == len(words) - 1 else width
                if current and len(repr(current + word)) > room:
                    chunks.append(repr(current))
                    current = word
                else:
                    current += word
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(repr(object))
            return
        if level == 1:
            stream.write("(")
        stream.write(("\n" + " " * indent).join(chunks))
        if level == 1:
            stream.write(")")

    def _safe_repr(self, object, context, maxlevels, level):
        # (repr, readable, recursive), dicts with their keys sorted.
        typ = type(object)
        if typ in (str, int, float, complex, bool, bytes, type(None)):
            if typ is int and self._underscore_numbers:
                return "{:_d}".format(object), True, False
            return repr(object), True, False
        if typ is dict:
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return "<Recursion on %s with id=%s>" % (typ.__name__, objid), False, True
            context[objid] = 1
            readable, recursive = True, False
            components = []
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            for k, v in items:
                krepr, kreadable, krecur = self._safe_repr(k, context, maxlevels, level + 1)
                vrepr, vreadable, vrecur = self._safe_repr(v, context, maxlevels, level + 1)
                components.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
            del context[objid]
            return "{%s}" % ", ".join(components), readable, recursive
        if typ is list or typ is tuple:
            if typ is list:
                if not object:
                    return "[]", True, False
                form = "[%s]"
            elif len(object) == 1:
                form = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                form = "(%s)"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return form % "...", False, objid in context
            if objid in context:
                return "<Recursion on %s with id=%s>" % (typ.__name__, objid), False, True
            context[objid] = 1
            readable, recursive = True, False
            components = []
            for o in object:
                orepr, oreadable, orecur = self._safe_repr(o, context, maxlevels, level + 1)
                components.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecur
            del context[objid]
            return form % ", ".join(components), readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith("<")), False


def _writer_for(object):
    # Only the built-in containers themselves (not subclasses with their own
    # repr) are broken over lines.
    typ = type(object)
    if typ is dict:
        return PrettyPrinter._pprint_dict
    if typ in (list, tuple, set, frozenset):
        return PrettyPrinter._pprint_sequence
    if typ is str and object:
        return PrettyPrinter._pprint_str
    return None
