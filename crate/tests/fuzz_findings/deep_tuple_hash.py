# fuzz_programs finding (known issue): stack overflow during run.
# hash() of a tuple nested 30,000 deep recurses once per level in Rust with
# no depth check and overflows the 4 MB thread stack (the child aborts with
# "has overflowed its stack"). Building and dropping it are fine. CPython
# 3.11 prints the hash.
t = ()
for _ in range(30_000):
    t = (t,)
print(hash(t))
