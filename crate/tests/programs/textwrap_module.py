import textwrap
from textwrap import TextWrapper

sample = ("The quick brown fox jumps over the lazy dog. It's a well-known "
          "pangram -- used by typists, type-setters and e-mail testers -- "
          "that contains every letter of the English alphabet at least once.")

# wrap and fill at several widths.
for width in (70, 40, 25, 12):
    print(width, textwrap.wrap(sample, width))
print(textwrap.fill(sample, width=30))
print(textwrap.fill("short"), textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("a\nb\tc  d"))

# Hyphens, em-dashes and long words.
print(textwrap.wrap("a well-known x-ray of the co-op-erative mother-in-law", 10))
print(textwrap.wrap("a well-known x-ray of the co-op-erative mother-in-law", 10, break_on_hyphens=False))
print(textwrap.wrap("word--word and more---words -- spaced", 8))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a long-hyphenated-compound-word-here", 12))
print(textwrap.wrap("----------dashes-only", 6), textwrap.wrap("3rd-party 12-34 ab-12", 5))

# Indents, whitespace handling and sentence endings.
print(textwrap.fill(sample, 40, initial_indent="  * ", subsequent_indent="    "))
print(textwrap.wrap("tab\there and\tthere", 12), textwrap.wrap("tab\there", 12, tabsize=4))
print(textwrap.wrap("tab\there and\tthere", 12, expand_tabs=False))
print(textwrap.wrap("keep\nnew\nlines  and   spaces", 10, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.fill("Hello there. How are you? Fine! 'Quoted.' Mr. Smith", 80, fix_sentence_endings=True))

# max_lines, placeholder and shorten.
print(textwrap.wrap(sample, 30, max_lines=2))
print(textwrap.wrap(sample, 30, max_lines=3, placeholder=" (more)"))
print(textwrap.wrap(sample, 20, max_lines=1, placeholder="..."))
print(textwrap.wrap("one two three", 20, max_lines=1))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(sample, 50), textwrap.shorten("   spaced \t out\n text  ", 40))

# TextWrapper objects keep their settings, which may change.
wrapper = TextWrapper(width=20, initial_indent="> ", subsequent_indent="| ")
print(wrapper.wrap("The wrapper object can be reused for many paragraphs of text."))
wrapper.width = 35
wrapper.initial_indent = ""
print(wrapper.fill("The wrapper object can be reused for many paragraphs of text."))
print(wrapper.width, wrapper.break_long_words, wrapper.max_lines, repr(wrapper.placeholder))


class Shouting(TextWrapper):
    def wrap(self, text):
        return [line.upper() for line in super().wrap(text)]


print(Shouting(width=15).fill("subclasses can override wrap as usual"))

# dedent and indent.
code = """\
    def f(x):
        return x + 1
      
    print(f(2))
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t  x\n\t  y\n\t z")))
print(repr(textwrap.dedent("  one\n    two\n   \n  three")), repr(textwrap.dedent("")))
print(repr(textwrap.dedent("no indent\n  some")), repr(textwrap.dedent("   \n  \t\n")))
print(repr(textwrap.indent("hello\n\n \nworld\n", "  ")))
print(repr(textwrap.indent("hello\n\nworld", "> ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc", "# ")))
print(textwrap.indent(textwrap.fill(sample, 50), "    "))

# Errors.
for kwargs in ({"width": 0}, {"width": -3}, {"width": 5, "max_lines": 1, "placeholder": " [truncated]"},
               {"width": 8, "max_lines": 2, "subsequent_indent": "      ", "placeholder": " [...]"}):
    try:
        textwrap.wrap("some words to wrap", **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.shorten("abc def", 3)
except ValueError as e:
    print(type(e).__name__, e)
