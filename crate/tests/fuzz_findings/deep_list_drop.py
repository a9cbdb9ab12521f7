# fuzz_programs finding (known issue): stack overflow during run.
# A list nested 100,000 deep builds fine, but dropping it recurses once per
# level in Rust (each list's drop drops its items) and overflows the 4 MB
# thread stack: the child aborts with "has overflowed its stack". CPython
# frees it (its deallocator uses the "trashcan" to stay shallow).
x = []
for _ in range(100_000):
    x = [x]
del x
