"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and
TextWrapper, with CPython 3.11's output.

CPython splits text into words with a regular expression; the page has no
`re`, so `_split` walks the text by hand, making the same cuts: at runs of
whitespace, after the hyphen of a hyphenated word ("well-" / "known"), and
around em-dashes ("word" / "--" / "word"). Characters are looked at in a
list, since the page's str indexes and slices in time proportional to the
offset.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only these count as whitespace here, not all of Unicode's: a
# non-breaking space does not break a line.
_whitespace = "\t\n\x0b\x0c\r "


def _is_word(ch):
    # A character of the regular expression class \w.
    return ch.isalnum() or ch == "_"


def _is_letter(ch):
    # \w but not a decimal digit.
    return (ch.isalnum() or ch == "_") and not ch.isdecimal()


def _is_word_punct(ch):
    return ch.isalnum() or ch in '_!"\'&.,?'


def _dash_run_before_word(chars, i):
    # Two or more '-' starting at i, then a word character.
    n = len(chars)
    j = i
    while j < n and chars[j] == "-":
        j += 1
    return j - i >= 2 and j < n and _is_word(chars[j])


def _word_end(chars, i):
    """Where the word chunk starting at chars[i] (not whitespace) ends."""
    n = len(chars)
    j = i + 1
    while True:
        if j == n or chars[j] in _whitespace:
            return j
        if chars[j] == "-":
            # A hyphen ends the chunk between letters: after two letters
            # ("hyper-text") or after letter-hyphen-letter ("x-ray-tube"),
            # when a letter follows, possibly after one more hyphen.
            after_letters = (j >= 2 and _is_letter(chars[j - 2])
                             and _is_letter(chars[j - 1]))
            after_pair = (j >= 3 and _is_letter(chars[j - 3])
                          and chars[j - 2] == "-" and _is_letter(chars[j - 1]))
            if after_letters or after_pair:
                if j + 1 < n and _is_letter(chars[j + 1]):
                    if j + 2 < n and _is_letter(chars[j + 2]):
                        return j + 1
                    if (j + 3 < n and chars[j + 2] == "-"
                            and _is_letter(chars[j + 3])):
                        return j + 1
            # An em-dash ("--") after the word ends it before the dashes.
            if _is_word_punct(chars[j - 1]) and _dash_run_before_word(chars, j):
                return j
        j += 1


def _split_on_hyphens(text):
    chars = list(text)
    n = len(chars)
    chunks = []
    i = 0
    while i < n:
        ch = chars[i]
        if ch in _whitespace:
            j = i + 1
            while j < n and chars[j] in _whitespace:
                j += 1
        elif (ch == "-" and i > 0 and _is_word_punct(chars[i - 1])
                and _dash_run_before_word(chars, i)):
            # An em-dash between words is a chunk of its own.
            j = i
            while chars[j] == "-":
                j += 1
        else:
            j = _word_end(chars, i)
        chunks.append("".join(chars[i:j]))
        i = j
    return chunks


def _split_on_whitespace(text):
    chars = list(text)
    n = len(chars)
    chunks = []
    i = 0
    while i < n:
        in_space = chars[i] in _whitespace
        j = i + 1
        while j < n and (chars[j] in _whitespace) == in_space:
            j += 1
        chunks.append("".join(chars[i:j]))
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase letter, then '.', '!' or '?', then maybe a quote.
    k = len(chunk)
    if k and chunk[-1] in "\"'":
        k -= 1
    return k >= 2 and chunk[k - 1] in ".!?" and "a" <= chunk[k - 2] <= "z"


class TextWrapper:
    """Wraps and fills text; the keyword arguments of __init__ are kept as
    attributes of the same name and may be changed between uses.

    width: the longest line; initial_indent, subsequent_indent: put before
    the first and the other lines; expand_tabs, tabsize: tabs to spaces
    first; replace_whitespace: every whitespace character to one space;
    fix_sentence_endings: two spaces after a sentence; break_long_words:
    cut words longer than a line; drop_whitespace: no whitespace at the
    start or end of a line; break_on_hyphens: lines may end after the
    hyphen of a compound word; max_lines: at most this many lines, the last
    ending with placeholder."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_WHITESPACE_TO_SPACE)
        return text

    def _split(self, text):
        """The chunks of text: words (cut after hyphens when
        break_on_hyphens) and runs of whitespace, in order."""
        if self.break_on_hyphens:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # The next chunk does not fit on any line: put as much of it as
        # fits on this one (cut after a hyphen if possible), or, when long
        # words are not broken, all of it on a line of its own.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        # Reversed, so that the next chunk is popped off the end.
        chunks = chunks[::-1]
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace does not start a line, except the first.
            if self.drop_whitespace and lines and not chunks[-1].strip():
                del chunks[-1]
            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(chunk) for chunk in cur_line])
            if self.drop_whitespace and cur_line and not cur_line[-1].strip():
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (
                self.drop_whitespace and len(chunks) == 1
                and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and cur_len <= width)):
                lines.append(indent + "".join(cur_line))
                continue
            # The last line allowed, and text remains: end with the
            # placeholder, dropping chunks until it fits.
            while cur_line:
                if (cur_line[-1].strip()
                        and cur_len + len(self.placeholder) <= width):
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if lines:
                prev_line = lines[-1].rstrip()
                if len(prev_line) + len(self.placeholder) <= self.width:
                    lines[-1] = prev_line + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to self.width, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped to self.width, as one string of lines."""
        return "\n".join(self.wrap(text))


_WHITESPACE_TO_SPACE = {}
for _ch in _whitespace:
    _WHITESPACE_TO_SPACE[ord(_ch)] = " "
del _ch


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width; see TextWrapper for kwargs."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width as one string; see TextWrapper for kwargs."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to fit in width, ending with
    the placeholder if anything was cut."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def dedent(text):
    """text with the whitespace common to the start of all its non-blank
    lines removed; lines of only spaces and tabs become empty."""
    lines = text.split("\n")
    margin = None
    for k, line in enumerate(lines):
        content = line.lstrip(" \t")
        if not content:
            # Blank: emptied, and not counted in the margin.
            if line:
                lines[k] = ""
            continue
        indent = line[:len(line) - len(content)]
        if margin is None or indent.startswith(margin):
            if margin is None:
                margin = indent
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            while margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        for k, line in enumerate(lines):
            if line.startswith(margin):
                lines[k] = line[cut:]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix added at the start of the lines for which
    predicate(line) is true; by default the lines not only whitespace."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
