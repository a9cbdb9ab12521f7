import textwrap

para = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(para, width=30))
print()
for line in textwrap.wrap(para, width=40, initial_indent="* ", subsequent_indent="  "):
    print(line)
print()
print(textwrap.shorten(para, width=50))
print(textwrap.shorten("Hello   world!", width=12))
print(textwrap.shorten("Hello world", width=5, placeholder="..."))
code = """
    def greet():
        print("hi")
            # indented comment
    """
print(textwrap.dedent(code))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
print(textwrap.wrap("supercalifragilisticexpialidocious", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious now", width=10, break_long_words=False))
print(textwrap.fill("a-very-long-hyphenated-word here", width=12))
print(textwrap.wrap("   leading spaces and\ttabs", width=15))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" [...]")
print(w.wrap(para))
print(len(textwrap.wrap("", width=10)), textwrap.wrap("x " * 3, width=1))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError:", e)
