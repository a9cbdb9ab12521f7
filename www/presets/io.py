# I/O-bound (the articles' downloads): each task waits, as a download waits for
# the network. time.sleep releases the GIL, so threads overlap their waits even
# under the GIL.
import time


def task(seconds):
    time.sleep(seconds)


if __name__ == "__main__":
    start = time.perf_counter()
    for seconds in [0.45, 0.38, 0.52, 0.41]:
        task(seconds)
    print(f"4 downloads one after another: {time.perf_counter() - start:.2f} s")
