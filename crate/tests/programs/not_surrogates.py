# Escapes that look like lone surrogates but are not, and the code points on
# either side of U+D800..U+DFFF: the page refuses only real lone surrogates
# (see `lone_surrogates_are_refused` in programs.rs).
texts = [
    r"\ud800",
    R"\udfff",
    "\\ud800",
    "\\\\udc00",
    "\U0001F600",
    "\ufffd",
    "\uD7FF\uE000",
    "\u00e9\U000000E9",
    "😀",
]
for t in texts:
    print(len(t), ascii(t), [ord(c) for c in t])
x = 1
print(f"{x}\\ud800", rf"{x}\udfff", f"{x}\uE000")
print(len(chr(0xD7FF)), len(chr(0xE000)), ord(chr(0x10FFFF)))
print(f"{0xD7FF:c}{0xE000:c}" == "\ud7ff\ue000")
