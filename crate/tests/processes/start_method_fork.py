# PAGE-SPECIFIC (see README.md): set_start_method("fork"). CPython on Linux
# accepts it (a forked child shares nothing but a copy of the parent's memory:
# it sees the parent's globals as they were at fork time, even ones never
# pickled). The page can only spawn and refuses "fork" with its own message;
# its expected output is written by the implementers, not recorded.
import multiprocessing

settings = {"mode": "module level"}


def show(tag):
    print(tag, settings["mode"], multiprocessing.current_process().name)


if __name__ == "__main__":
    print("methods:", sorted(multiprocessing.get_all_start_methods()))
    multiprocessing.set_start_method("fork")
    print("start method:", multiprocessing.get_start_method())
    settings["mode"] = "changed in main"
    p = multiprocessing.Process(target=show, args=("child sees:",))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(abs, [-1, -2]))
