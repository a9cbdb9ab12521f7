# fuzz_programs finding (known issue): out of memory during run.
# max() (like list() and set()) of range(10**12) collects the whole range
# into memory in Rust, past the interrupt (set at 1 s) and with no memory
# check: the child aborts after about 2 s with "memory allocation of
# 3221225472 bytes failed". On the page the wasm thread traps.
print(max(range(10**12)))
