#!/usr/bin/env python3
"""Records what CPython's `random` draws, for crate/tests/random_cpython.rs.

Re-record (with CPython 3.11, the reference) from the repository root:

    python3 crate/tests/random_cpython.py > crate/tests/random_cpython.json

Every expected value in the JSON comes from running this program: each case
seeds a fresh `random.Random` (with "seeds"[case["seed"]]) and makes its calls
in order; each call records
its result ("ok") or the exception it raised ("err", as "Type: message").
Integers are decimal strings (any size), floats are `repr()` strings (which
parse back to the same bits), shuffles are lists.
"""

import json
import random
import sys

# The seeds the brief asks for, and a few more: a 200-bit int (3**126), a
# non-ASCII str, bytes with leading zero and high bytes, 64-bit edges.
SEEDS = [
    {"int": "0"},
    {"int": "1"},
    {"int": "42"},
    {"int": str(2**32 + 5)},
    {"int": "-7"},
    {"int": str(3**126)},
    {"int": str(2**64 - 1)},
    {"int": str(-(2**64))},
    {"str": "hello"},
    {"str": ""},
    {"str": "h\u00e9llo \u2603 \U0001f600"},
    {"bytes": [0, 0, 255, 1, 128]},
    {"bytes": []},
    # seed(None) draws 624 urandom words into init_by_array; with given words
    # that is the int they spell, least significant first (last one non-zero).
    {"entropy": [(i * 2654435761 + 12345) % 2**32 for i in range(624)]},
    {"entropy": [1, 2, 3]},
]


def seeded(seed):
    if "int" in seed:
        return random.Random(int(seed["int"]))
    if "str" in seed:
        return random.Random(seed["str"])
    if "bytes" in seed:
        return random.Random(bytes(seed["bytes"]))
    words = seed["entropy"]
    assert words[-1] != 0
    return random.Random(sum(w << (32 * i) for i, w in enumerate(words)))


def call(r, op, args):
    """Runs one call on r; returns the JSON value of its result."""
    if op == "random":
        return repr(r.random())
    if op == "uniform":
        return repr(r.uniform(float(args[0]), float(args[1])))
    if op == "getrandbits":
        return str(r.getrandbits(int(args[0])))
    if op == "randbelow":
        return str(r._randbelow(int(args[0])))
    if op == "randrange":
        start, stop, step = args
        if stop is None and step == "1":
            return str(r.randrange(int(start)))
        stop = None if stop is None else int(stop)
        return str(r.randrange(int(start), stop, int(step)))
    if op == "randint":
        return str(r.randint(int(args[0]), int(args[1])))
    if op == "choice":
        # choice over list(range(n)) returns the index it drew.
        return r.choice(list(range(int(args[0]))))
    if op == "shuffle":
        x = list(range(int(args[0])))
        r.shuffle(x)
        return x
    if op == "fold32":
        # args[0] draws of getrandbits(32), folded into one number: checks
        # the state through several twists without storing every word.
        acc = 0
        for _ in range(int(args[0])):
            acc = (acc * 1000003 + r.getrandbits(32)) % 2**64
        return str(acc)
    raise ValueError(op)


def run(seed, calls, label):
    r = seeded(SEEDS[seed])
    out = []
    for op, *args in calls:
        entry = {"op": op, "args": args}
        try:
            entry["ok"] = call(r, op, args)
        except Exception as e:  # noqa: BLE001 - the exception is the record
            entry["err"] = f"{type(e).__name__}: {e}"
        out.append(entry)
    return {"label": label, "seed": seed, "calls": out}


# (label, call, how many times) run on a fresh generator for every seed.
PER_SEED = [
    ("random()", ("random",), 6),
    ("getrandbits(1)", ("getrandbits", "1"), 8),
    ("getrandbits(32)", ("getrandbits", "32"), 5),
    ("getrandbits(100)", ("getrandbits", "100"), 4),
    ("randrange(10)", ("randrange", "10", None, "1"), 8),
    ("randrange(-5, 1000, 7)", ("randrange", "-5", "1000", "7"), 6),
    ("randint(1, 6)", ("randint", "1", "6"), 8),
    ("randrange(2**70)", ("randrange", str(2**70), None, "1"), 4),
    ("choice(list(range(10)))", ("choice", "10"), 8),
    ("shuffle(list(range(20)))", ("shuffle", "20"), 2),
    ("uniform(1.5, 2.5)", ("uniform", "1.5", "2.5"), 5),
]

# One generator, every kind of call in turn, errors included (an error draws
# nothing: the calls after it show the state is untouched).
INTERLEAVED = [
    ("random",),
    ("getrandbits", "0"),
    ("getrandbits", "1"),
    ("getrandbits", "31"),
    ("getrandbits", "32"),
    ("getrandbits", "33"),
    ("getrandbits", "63"),
    ("getrandbits", "64"),
    ("getrandbits", "65"),
    ("getrandbits", "96"),
    ("getrandbits", "200"),
    ("randrange", "0", None, "1"),
    ("randrange", "10", None, "1"),
    ("randrange", "1", "1", "1"),
    ("randrange", "-5", "1000", "7"),
    ("randrange", "1000", "-5", "-7"),
    ("randrange", "0", "10", "0"),
    ("randint", "1", "6"),
    ("randint", "-3", "-3"),
    ("choice", "10"),
    ("choice", "0"),
    ("shuffle", "20"),
    ("shuffle", "1"),
    ("shuffle", "0"),
    ("uniform", "1.5", "2.5"),
    ("uniform", "10.0", "-3.25"),
    ("randbelow", "1"),
    ("randbelow", str(2**64 - 1)),
    ("randbelow", str(2**64)),
    ("randbelow", str(2**64 + 1)),
    ("randrange", str(-(2**70)), str(2**70), str(3**20)),
    ("randrange", str(2**70), str(-(2**70)), str(-(3**20))),
    ("randrange", str(-(2**63)), str(2**63 - 1), "1"),
    ("randrange", str(2**63 - 1), str(-(2**63)), "-1"),
    ("randint", str(-(2**63)), str(2**63 - 1)),
    ("randint", str(-(2**64)), str(2**64)),
    ("fold32", "1500"),
    ("random",),
    ("randrange", "100", None, "1"),
]

# Each error on a fresh generator, then one draw to show nothing was drawn.
ERRORS = [
    ("randrange", "0", None, "1"),
    ("randrange", "-3", None, "1"),
    ("randrange", str(-(2**70)), None, "1"),
    ("randrange", "5", "1", "1"),
    ("randrange", "1", "1", "1"),
    ("randrange", str(2**70), str(2**69), "1"),
    ("randrange", "0", "10", "0"),
    ("randrange", "0", str(2**70), "0"),
    ("randrange", "10", "0", "2"),
    ("randrange", "0", "10", "-1"),
    ("randrange", "5", "5", "3"),
    ("randrange", "10", None, "2"),
    ("randrange", "10", None, "0"),
    ("randrange", "-10", None, "2"),
    ("randint", "5", "1"),
    ("randint", "3", "2"),
    ("randint", str(2**70), "0"),
    ("choice", "0"),
    ("getrandbits", "-1"),
    ("getrandbits", str(-(2**31))),
    ("getrandbits", str(-(2**31) - 1)),
    ("getrandbits", str(2**31)),
    ("getrandbits", str(2**63)),
]


RECORDED_BY = "python3 crate/tests/random_cpython.py > crate/tests/random_cpython.json"


def main():
    cases = []
    for seed in range(len(SEEDS)):
        for label, c, times in PER_SEED:
            cases.append(run(seed, [c] * times, label))
    for seed in [{"int": "42"}, {"str": "hello"}, {"int": str(3**126)}]:
        cases.append(run(SEEDS.index(seed), INTERLEAVED, "interleaved"))
    for c in ERRORS:
        cases.append(run(SEEDS.index({"int": "0"}), [c, ("random",)], "error"))
    # One case a line, so that a re-recording's diff shows which case moved.
    out = sys.stdout
    out.write('{"python": %s,\n' % json.dumps(sys.version))
    out.write(' "recorded_by": %s,\n' % json.dumps(RECORDED_BY))
    out.write(' "seeds": [\n')
    out.write(",\n".join(json.dumps(s) for s in SEEDS))
    out.write("\n],\n")
    out.write(' "cases": [\n')
    out.write(",\n".join(json.dumps(c) for c in cases))
    out.write("\n]}\n")


if __name__ == "__main__":
    main()
