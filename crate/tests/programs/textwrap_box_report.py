import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(text, width=30))
print()
for line in textwrap.wrap(text, width=25, initial_indent="* ", subsequent_indent="  "):
    print(repr(line))
print(textwrap.shorten(text, width=40))
print(textwrap.shorten("Hello   world,   how are you?", width=12, placeholder="..."))
code = """
    def f():
        return 1
      # comment
"""
print(textwrap.dedent(code))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb\n\nc", "> ", predicate=lambda l: True))
w = textwrap.TextWrapper(width=20, break_long_words=True, max_lines=2, placeholder=" [..]")
print(w.wrap("Supercalifragilisticexpialidocious is a very long word indeed"))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k", width=6))
print(textwrap.wrap("one\ttwo three", width=8, expand_tabs=True, tabsize=4))
print(textwrap.fill("", width=10) == "")

def box(title, body, width=34):
    inner = width - 4
    lines = textwrap.wrap(body, inner)
    top = "+" + "-" * (width - 2) + "+"
    print(top)
    print("| " + title.center(inner) + " |")
    print("|" + "=" * (width - 2) + "|")
    for l in lines:
        print(f"| {l:<{inner}} |")
    print(top)

box("Notice", "The library will close early on Friday for maintenance. Please return books by Thursday.")
try:
    textwrap.wrap("short", width=0)
except ValueError as e:
    print(e)
print(text.wrap(10))
