# Choosing the start method: get_start_method() after set_start_method
# ("spawn"), a second set_start_method raising RuntimeError, force=True,
# get_context("spawn"), an unknown method's ValueError; and what a spawned child
# sees of the parent's globals: the module re-imported (the guard's changes are
# not there), only what was pickled in the args.
import multiprocessing

settings = {"mode": "module level"}


def show(tag, passed):
    print(tag, settings["mode"], "| passed:", passed["mode"])


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    print("start method:", multiprocessing.get_start_method())
    try:
        multiprocessing.set_start_method("spawn")
    except RuntimeError as e:
        print("set again:", type(e).__name__, e)
    multiprocessing.set_start_method("spawn", force=True)
    ctx = multiprocessing.get_context("spawn")
    print("context:", type(ctx).__name__, ctx.get_start_method())
    try:
        multiprocessing.get_context("threads")
    except ValueError as e:
        print("unknown:", type(e).__name__, e)
    print("cpu_count is a positive int:", multiprocessing.cpu_count() >= 1)
    settings["mode"] = "changed in main"
    p = multiprocessing.Process(target=show, args=("child sees:", settings))
    p.start()
    p.join()
