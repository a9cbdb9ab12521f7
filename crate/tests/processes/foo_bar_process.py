# Article 000's Process version of foo/bar. The article sleeps 1 s and starts
# both at once, so "foo i" and "bar i" race; here a step is 0.4 s and bar
# starts half a step late, so every line has its own moment.
import multiprocessing
from multiprocessing import Process
from time import sleep

STEP = 0.4


def foo(n):
    for i in range(n):
        print('foo ', i)
        sleep(STEP)


def bar(n):
    sleep(STEP / 2)
    for i in range(n):
        print('bar ', i)
        sleep(STEP)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    t1 = Process(target=foo, args=(3,))
    t2 = Process(target=bar, args=(5,))

    t1.start()
    t2.start()

    t1.join()
    print('foo finish')
    t2.join()
    print('bar finish')
