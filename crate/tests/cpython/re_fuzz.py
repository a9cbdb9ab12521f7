#!/usr/bin/env python3
"""Random patterns and texts for `re`, to compare the page's engine with CPython's.

Run from crate/:
    python3 tests/cpython/re_fuzz.py SEED COUNT > /tmp/fuzz.py
    python3 /tmp/fuzz.py > /tmp/cpython.txt
    $CARGO_TARGET_DIR/release/examples/run_py /tmp/fuzz.py > /tmp/page.txt
    diff /tmp/cpython.txt /tmp/page.txt
The program it writes runs every operation (search, match, fullmatch,
findall, finditer, sub, split) on every case and prints what each returned
or raised, one line per case.
"""
import random
import sys

ALPHABET = "abcAB_1 \n-"
# With a third argument, "unicode": letters whose cases sre compares
# specially, digits and spaces of other scripts.
UNICODE = "sSſkK\u212aiIİıσςΣµμéÉßẞ٣²\u2003\u00a0"


def atom(r, depth, groups):
    choice = r.random()
    if UNICODE_MODE and choice < 0.2:
        return r.choice(list(UNICODE) + ["[a-zé]", "[^s]", "[ſ]", "[k-m]", "[Σ]", "\\d", "\\w", "\\s"])
    if depth > 2 or choice < 0.45:
        return r.choice(["a", "b", "c", "A", ".", "\\d", "\\w", "\\s", "\\W", "[ab]", "[^a]",
                         "[a-c]", "[^\\n]", "\\-", "[A-Z_]", "1", " ", "\\n", "x"])
    if choice < 0.42:
        return r.choice(["^", "$", "\\b", "\\B", "\\A", "\\Z"])
    if choice < 0.55:
        groups[0] += 1
        name = "" if r.random() < 0.7 else f"?P<g{groups[0]}>"
        return f"({name}{pattern(r, depth + 1, groups)})"
    if choice < 0.62:
        return f"(?:{pattern(r, depth + 1, groups)})"
    if choice < 0.68 and groups[0]:
        return f"\\{r.randint(1, groups[0])}"
    if choice < 0.75:
        kind = r.choice(["?=", "?!"])
        return f"({kind}{pattern(r, depth + 1, groups)})"
    if choice < 0.80:
        kind = r.choice(["?<=", "?<!"])
        body = r.choice(["a", "b", "ab", "[ab]", "\\w", "a|b", "(?:a|c)", "\\d\\w", "."])
        return f"({kind}{body})"
    if choice < 0.84:
        return f"(?>{pattern(r, depth + 1, groups)})"
    if choice < 0.88 and groups[0]:
        return f"(?({r.randint(1, groups[0])}){atom(r, depth + 1, groups)}|{atom(r, depth + 1, groups)})"
    if choice < 0.92:
        return f"(?{r.choice('imsx')}:{pattern(r, depth + 1, groups)})"
    return r.choice(["a", "b", "ab", "ba", "aa"])


def quantified(r, depth, groups):
    a = atom(r, depth, groups)
    if r.random() < 0.35 and a not in ("^", "$", "\\b", "\\B", "\\A", "\\Z"):
        q = r.choice(["*", "+", "?", "{2}", "{1,3}", "{,2}", "{2,}", "{0}", "{0,1}"])
        q += r.choice(["", "", "?", "+"])
        a += q
    return a


def sequence(r, depth, groups):
    return "".join(quantified(r, depth, groups) for _ in range(r.randint(1, 3)))


def pattern(r, depth, groups):
    branches = [sequence(r, depth, groups) for _ in range(r.choice([1, 1, 1, 2, 3]))]
    return "|".join(branches)


def text(r):
    alphabet = ALPHABET + UNICODE if UNICODE_MODE else ALPHABET
    return "".join(r.choice(alphabet) for _ in range(r.randint(0, 12)))


UNICODE_MODE = len(sys.argv) > 3 and sys.argv[3] == "unicode"


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    r = random.Random(seed)
    cases = []
    for _ in range(count):
        p = pattern(r, 0, [0])
        if r.random() < (0.5 if UNICODE_MODE else 0.15):
            p = r.choice(["(?i)", "(?m)", "(?s)", "(?a)", "(?x)", "(?im)"]) + p
        if r.random() < 0.05:
            # A broken pattern: its error is compared too.
            at = r.randint(0, len(p))
            p = p[:at] + r.choice(["(", ")", "[", "*", "\\", "{", "?", "(?<", "(?P"]) + p[at:]
        cases.append((p, [text(r) for _ in range(3)]))
    print("import re")
    print(f"CASES = {cases!r}")
    print('''
def show(m):
    if m is None:
        return "None"
    return f"{m.span()} {[m.span(g) for g in range(1, m.re.groups + 1)]} {m.lastindex}"

for p, texts in CASES:
    try:
        c = re.compile(p)
    except Exception as e:
        print(repr(p), "ERROR", type(e).__name__, e)
        continue
    out = []
    for t in texts:
        for op in ("search", "match", "fullmatch", "findall", "finditer", "sub", "split", "pos"):
            try:
                if op == "search":
                    r = show(c.search(t))
                elif op == "match":
                    r = show(c.match(t))
                elif op == "fullmatch":
                    r = show(c.fullmatch(t))
                elif op == "findall":
                    r = c.findall(t)
                elif op == "finditer":
                    r = [show(m) for m in c.finditer(t)]
                elif op == "pos":
                    r = [show(c.search(t, 1, len(t) - 1)), show(c.match(t, 2)), c.findall(t, 1, 5),
                         show(c.fullmatch(t, 1, 3))]
                elif op == "sub":
                    r = c.sub("<\\\\g<0>>", t)
                else:
                    r = c.split(t)
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            out.append(r)
    print(repr(p), out)
''')


main()
