# fuzz_programs finding (known issue): stack overflow during run.
# A dict nested 100,000 deep ({'k': {'k': ...}}) builds fine, but dropping it
# recurses once per level and overflows the 4 MB thread stack (the child
# aborts with "has overflowed its stack"). A tuple nested as deep drops fine.
d = {}
for _ in range(100_000):
    d = {"k": d}
