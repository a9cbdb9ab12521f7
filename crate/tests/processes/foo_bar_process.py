# Article 000's Process version of foo/bar. In the article both sleep 1 s per
# line from their own start, so "foo i" and "bar i" race (and a child's
# start-up time varies). Here both children keep to a shared clock: foo prints
# at 0, 0.4, 0.8 s after a common start, bar half a step later, so every line
# has its own moment, "foo finish" included (1.2 s, before "bar 3" at 1.4 s).
import multiprocessing
from multiprocessing import Process
from time import sleep, time

STEP = 0.4


def tick(start, k):
    sleep(max(0, start + k * STEP - time()))


def foo(n, start):
    for i in range(n):
        tick(start, i)
        print('foo ', i)
    tick(start, n)


def bar(n, start):
    for i in range(n):
        tick(start, i + 0.5)
        print('bar ', i)
    tick(start, n + 0.5)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    start = time() + 0.5  # time for both children to start up
    t1 = Process(target=foo, args=(3, start))
    t2 = Process(target=bar, args=(5, start))

    t1.start()
    t2.start()

    t1.join()
    print('foo finish')
    t2.join()
    print('bar finish')
