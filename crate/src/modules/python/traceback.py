"""traceback: print or format an exception and its traceback, as an uncaught
exception prints them (its frames' lines and carets come from the
interpreter, through _traceback).

Not here: the current stack (print_stack, format_stack, extract_stack and
walk_stack raise NotImplementedError), TracebackException, print_last,
"[Previous line repeated …]" and exception notes.
"""

import sys
import _traceback

__all__ = [
    "extract_tb", "format_exc", "format_exception", "format_exception_only",
    "format_list", "format_tb", "print_exc", "print_exception", "print_list",
    "print_tb", "FrameSummary", "StackSummary", "extract_stack",
    "format_stack", "print_stack", "walk_tb",
]

_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"

# Tells "not given" from None for format_exception's value and tb.
_sentinel = object()


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and line; it
    unpacks as those four."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.line = line
        self.locals = None
        # What a traceback prints for it, carets and all, when it came
        # from one.
        self._text = None

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.line == other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)


class StackSummary(list):
    """A list of FrameSummary, outermost first."""

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame):
        if frame._text is not None:
            return frame._text
        text = '  File "{}", line {}, in {}\n'.format(frame.filename, frame.lineno, frame.name)
        if frame.line:
            text += "    {}\n".format(frame.line.strip())
        return text

    def format(self):
        return [self.format_frame_summary(frame) for frame in self]


def _limited(items, limit):
    """The first `limit` items, or the last -limit."""
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:] if -limit < len(items) else items


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    summary = StackSummary()
    if tb is None:
        return summary
    for filename, lineno, name, line, text in _limited(_traceback.frames(tb), limit):
        frame = FrameSummary(filename, lineno, name, line=line)
        frame._text = text
        summary.append(frame)
    return summary


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if isinstance(value, BaseException):
        return _traceback.exception_only(value).splitlines(keepends=True)
    kind = type(value).__qualname__
    module = getattr(type(value), "__module__", "builtins")
    if module not in ("__main__", "builtins"):
        kind = module + "." + kind
    text = str(value)
    return [f"{kind}: {text}\n" if text else f"{kind}\n"]


def _format_chain(value, tb, limit, chain, lines, seen):
    """Appends to `lines` the text of `value` after the exceptions chained
    to it (its cause, or its context), each once."""
    seen.add(id(value))
    if chain and isinstance(value, BaseException):
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            _format_chain(cause, cause.__traceback__, limit, chain, lines, seen)
            lines.append(_CAUSE)
        elif (cause is None and context is not None and not value.__suppress_context__
                and id(context) not in seen):
            _format_chain(context, context.__traceback__, limit, chain, lines, seen)
            lines.append(_CONTEXT)
    frames = format_tb(tb, limit=limit) if tb is not None else []
    if frames:
        lines.append("Traceback (most recent call last):\n")
        lines.extend(frames)
    lines.extend(format_exception_only(value))


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    lines = []
    _format_chain(value, tb, limit, chain, lines, set())
    return lines


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    for line in format_exception(type(value), value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def _no_stack(name):
    raise NotImplementedError(
        f"traceback.{name}() is not supported here: the page's Python does not "
        "keep the running frames as objects (tracebacks of exceptions work)")


def extract_stack(f=None, limit=None):
    _no_stack("extract_stack")


def format_stack(f=None, limit=None):
    _no_stack("format_stack")


def print_stack(f=None, limit=None, file=None):
    _no_stack("print_stack")


def walk_stack(f):
    _no_stack("walk_stack")
