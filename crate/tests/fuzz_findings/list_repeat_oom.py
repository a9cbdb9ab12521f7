# fuzz_programs finding (known issue): out of memory during run.
# Sequence repetition raises MemoryError only past 100,000,000 items
# (crate/src/runtime/ops.rs), but a list of 10**8 items is 2.4 GB natively
# (24 bytes a value): the child, under a 2 GiB address space, aborts with
# "memory allocation of 2400000000 bytes failed". The page's memory is
# 1 GiB (MemoryError at 768 MB, checked only in the eval loop), so there
# the allocation fails and the wasm thread traps. 5 * 10**7 items pass.
x = [0] * 10**8
