# A Process subclass overriding run() (pickled to the spawned child as an
# instance of a module-level class), its default name (the class's name and
# the counter), kwargs for a target, and run() called directly (in the parent).
import multiprocessing
import os


class Squarer(multiprocessing.Process):
    def __init__(self, numbers, results):
        super().__init__()
        self.numbers = numbers
        self.results = results

    def run(self):
        in_child = self.pid == os.getpid()
        print(f"{self.name}: run() in the child: {in_child}")
        for n in self.numbers:
            self.results.put(n * n)


def report(label, *, scale=1, unit="m"):
    print(f"{multiprocessing.current_process().name}: {label} {scale * 3}{unit}")


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    results = multiprocessing.Queue()
    s = Squarer([2, 3, 4], results)
    print("before start:", s.name, type(s).__name__, s.numbers)
    s.start()
    s.join()
    print("squares:", [results.get() for _ in range(3)], "exitcode", s.exitcode)
    t = multiprocessing.Process(target=report, args=("length",), kwargs={"scale": 2, "unit": "km"})
    t.start()
    t.join()
    direct = Squarer([5], results)
    direct.run()
    print("direct run():", results.get(), direct.exitcode)
