# How a child's end becomes its exitcode: returning (0), sys.exit(3) (3),
# sys.exit("message") (1, the message on stderr), sys.exit(None) (0),
# os._exit(7) (7), KeyboardInterrupt (1, traceback on stderr).
import multiprocessing
import os
import sys


def returns():
    return 99


def exits(code):
    sys.exit(code)


def hard_exit():
    os._exit(7)


def interrupted():
    raise KeyboardInterrupt


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    cases = [("return", returns, ()), ("sys.exit(3)", exits, (3,)),
             ("sys.exit('stop here')", exits, ("stop here",)),
             ("sys.exit(None)", exits, (None,)), ("sys.exit(True)", exits, (True,)),
             ("os._exit(7)", hard_exit, ()), ("KeyboardInterrupt", interrupted, ())]
    for label, target, args in cases:
        p = multiprocessing.Process(target=target, args=args)
        p.start()
        p.join()
        print(f"{label}: exitcode {p.exitcode}")
