# fuzz_programs finding (known issue): hang during run.
# sum() over a range loops in Rust without checking the interrupt: after the
# time limit sets it (the page's Stop), no KeyboardInterrupt comes, and the
# child is killed 3 s later. (The page's Stop terminates the whole pool, so
# it ends there, but only by force.) CPython checks for signals here neither,
# but Ctrl-C is not the only way it stops.
print(sum(range(10**12)))
