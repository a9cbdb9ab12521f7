# Article 000's ProcessPoolExecutor: map keeps the order of the inputs.
# (The article sleeps 1 s with 8 workers; here 0.1 s with 4.)
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor as Executor


def square(a):
    time.sleep(0.1)
    return a*a


data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    with Executor(max_workers=4) as workers:
        res = workers.map(square, data)
        print(list(res))

    print("Done")
