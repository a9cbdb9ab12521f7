# Article 001's pitfall 2: a Process started at module level, without the
# `if __name__ == "__main__":` guard. The spawned child re-imports this file
# as __mp_main__, reaches Process.start() while still bootstrapping, and dies
# with CPython's RuntimeError (on stderr); the parent sees exitcode 1 and goes
# on. No guard here, so set_start_method needs force=True: the child runs this
# line too, after its start method was already set.
import multiprocessing
multiprocessing.set_start_method("spawn", force=True)


def work(n):
    print("work", n)


print("module level, __name__ =", __name__)
p = multiprocessing.Process(target=work, args=(1,))
p.start()
p.join()
print("exitcode", p.exitcode)
