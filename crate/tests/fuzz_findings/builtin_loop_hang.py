# fuzz_programs finding (known issue): hang during run.
# sum() over a range loops in Rust without checking the interrupt: after the
# time limit sets it (the page's Stop), no KeyboardInterrupt comes, and the
# child is killed 3 s later. (The page's Stop terminates the whole pool, so
# it ends there, but only by force.) CPython's sum() does not check for
# signals either; here it matters because the interrupt is the time limit.
print(sum(range(10**12)))
