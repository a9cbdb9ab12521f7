# The convoy effect (bpo-7946): a CPU-bound thread beside a thread doing many
# short I/Os. Each I/O releases the GIL; getting it back means waiting for the
# CPU thread to drop it, up to a switch interval each time.
import time


def task(work):
    kind, amount = work
    if kind == "cpu":
        return sum(i * i for i in range(amount))
    for _ in range(amount):
        time.sleep(0.0005)  # one short I/O


if __name__ == "__main__":
    start = time.perf_counter()
    task(("io", 200))
    print(f"200 I/Os alone: {time.perf_counter() - start:.3f} s")
