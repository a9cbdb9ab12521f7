"""shlex: shell-like splitting and quoting as CPython 3.11's: split, quote,
join, and a shlex class that gives the tokens of split one at a time.
Not covered: the shlex class's full lexer (punctuation_chars, source files,
a stream read as it goes: the whole stream is read at once).
"""

import re

__all__ = ["shlex", "split", "quote", "join"]

_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII)


def quote(s):
    """`s` quoted for a POSIX shell, if it needs it."""
    if not s:
        return "''"
    if _unsafe.search(s) is None:
        return s
    # Single quotes keep everything; a single quote itself is closed, put
    # in double quotes, and reopened: 'don'"'"'t'.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return " ".join(quote(arg) for arg in split_command)


def _tokens(s, comments, posix, wordchars_only=False):
    """The words of `s` as a POSIX shell splits them (or as shlex splits
    them outside POSIX mode, keeping the quotes)."""
    tokens = []
    word = []
    in_word = False  # a word has begun (it may be '' from quotes)
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        i += 1
        if c in " \t\r\n":
            if in_word:
                tokens.append("".join(word))
                word, in_word = [], False
        elif comments and c == "#":
            # A comment runs to the end of the line, ending a word it is in.
            while i < n and s[i] != "\n":
                i += 1
        elif c == "\\" and posix:
            if i >= n:
                raise ValueError("No escaped character")
            word.append(s[i])
            i += 1
            in_word = True
        elif c in "'\"":
            quote_char = c
            in_word = True
            if not posix:
                word.append(c)
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                c = s[i]
                i += 1
                if c == quote_char:
                    if not posix:
                        word.append(c)
                    break
                if posix and quote_char == '"' and c == "\\":
                    if i >= n:
                        raise ValueError("No escaped character")
                    nxt = s[i]
                    # In double quotes a backslash escapes only these.
                    if nxt in '\\"$`\n':
                        word.append(nxt)
                        i += 1
                        continue
                word.append(c)
        else:
            word.append(c)
            in_word = True
    if in_word:
        tokens.append("".join(word))
    return tokens


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    if not isinstance(s, str):
        s = s.read()
    return _tokens(s, comments, posix)


class shlex:
    """The tokens of a string (or a stream's text), one at a time."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if instream is None:
            instream = ""
        self._text = instream if isinstance(instream, str) else instream.read()
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.whitespace_split = False
        self.lineno = 1
        self._pending = None

    def _load(self):
        if self._pending is None:
            self._pending = _tokens(self._text, "#" in self.commenters, self.posix)

    def push_token(self, tok):
        self._load()
        self._pending.insert(0, tok)

    def get_token(self):
        self._load()
        return self._pending.pop(0) if self._pending else self.eof

    read_token = get_token

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token
