# Pool.map re-raises in the parent the exception a task raised in a child.
# Caught, it is the child's exception type with its message and its
# __cause__ is a RemoteTraceback holding the child's traceback as text.
# Uncaught (the last map), the program dies with the child's traceback, then
# "The above exception was the direct cause of the following exception:",
# then the parent's traceback.
import multiprocessing


def check(x):
    if x == 3:
        raise ValueError(f"no threes: {x}")
    return x * 10


def parse(s):
    return int(s)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(check, [1, 2, 3, 4])
        except ValueError as e:
            print("caught", type(e).__name__, e)
            print("cause", type(e.__cause__).__module__, type(e.__cause__).__name__)
            tb = str(e.__cause__)
            print("remote traceback names check:", "in check" in tb)
            print("remote traceback ends with:", tb.strip().splitlines()[-2])
        print(pool.map(check, [1, 2]))
        print(pool.map(parse, ["1", "2", "x"]))
