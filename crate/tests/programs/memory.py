# Requests no machine can satisfy raise MemoryError (or CPython's
# OverflowError), and the program goes on: never a wrong result.
# Every case below needs far more memory than this page (or CPython on a
# 24 GB machine) has, or is small.


def attempt(label, make):
    try:
        result = make()
    except MemoryError as e:
        print(label, "MemoryError", repr(e))
    except OverflowError as e:
        print(label, "OverflowError", repr(e))
    except (IndexError, ValueError, TypeError) as e:
        print(label, type(e).__name__, repr(e))
    else:
        print(label, "->", type(result).__name__, len(result))


# Repetition: the count, then the size.
attempt("[0] * 10**10", lambda: [0] * 10**10)
attempt("10**10 * [0]", lambda: 10**10 * [0])
attempt("[1, 2] * 2**62", lambda: [1, 2] * 2**62)
attempt("[0] * 2**63", lambda: [0] * 2**63)
attempt("[0] * 2**70", lambda: [0] * 2**70)
attempt("[0] * -2**70", lambda: [0] * -2**70)
attempt("[0] * -5", lambda: [0] * -5)
attempt("[] * 10**10", lambda: [] * 10**10)
attempt("[] * 2**70", lambda: [] * 2**70)
attempt('"ab" * 2**40', lambda: "ab" * 2**40)
attempt('"ab" * 2**62', lambda: "ab" * 2**62)
attempt('"\u00e9" * 2**62', lambda: "\u00e9" * 2**62)
attempt('"abc" * 2**63', lambda: "abc" * 2**63)
attempt('2**70 * "a"', lambda: 2**70 * "a")
attempt('"" * 2**62', lambda: "" * 2**62)
attempt("(0,) * 10**10", lambda: (0,) * 10**10)
attempt("(0,) * 2**70", lambda: (0,) * 2**70)
attempt("() * 10**10", lambda: () * 10**10)
attempt("[0] * True", lambda: [0] * True)
attempt('"ab" * 3', lambda: "ab" * 3)
attempt("(1, 2) * 3", lambda: (1, 2) * 3)

# A list made from a range whose length is known ahead.
attempt("list(range(10**10))", lambda: list(range(10**10)))
attempt("tuple(range(10**10))", lambda: tuple(range(10**10)))
attempt("list(range(2**62))", lambda: list(range(2**62)))

# len() of a range too long for a machine index.
try:
    print(len(range(-2**63, 2**63 - 1)))
except OverflowError as e:
    print("len(range(-2**63, 2**63 - 1)) OverflowError", repr(e))
print(len(range(2**63 - 1)), len(range(-2**63, 2**63 - 1, 4)))
print(range(-2**63, 2**63 - 1)[2**63 + 5], range(-2**63, 2**63 - 1)[-1])
try:
    print(range(10)[2**70])
except IndexError as e:
    print("range(10)[2**70] IndexError", repr(e))
print(-2**63 in range(-2**63, 0, 2), 2**62 in range(-2**63, 2**63 - 1, 3))

# Widths the format mini-language would pad to.
attempt('format(1, "1000000000000")', lambda: format(1, "1000000000000"))
attempt('format("a", "1000000000000")', lambda: format("a", "1000000000000"))
attempt('format(1.5, "1000000000000")', lambda: format(1.5, "1000000000000"))
attempt('f"{1:1000000000000}"', lambda: f"{1:1000000000000}")
attempt('format(1, "10000000000000000000000")', lambda: format(1, "10000000000000000000000"))
attempt('"a".zfill(2**70)', lambda: "a".zfill(2**70))
attempt('"-7".zfill(5)', lambda: "-7".zfill(5))

# A join whose total is known before it is built: 2**20 separators of 32 MiB.
sep = "x" * 2**25
attempt("sep.join(['a'] * 2**20)", lambda: sep.join(["a"] * 2**20))
attempt('"-".join(["ab"] * 3)', lambda: "-".join(["ab"] * 3))
del sep

# The program goes on, and its memory is still there.
squares = [i * i for i in range(1000)]
print(sum(squares), len("ab" * 1000), [0, 1] * 3, (1,) * 2)
words = []
for i in range(10000):
    words.append(str(i))
print(len(words), "".join(words[:12]))
