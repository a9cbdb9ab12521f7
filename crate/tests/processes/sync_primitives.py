# multiprocessing's Lock, RLock, Event and Semaphore shared with children.
# Every print's place is fixed by the primitives themselves (who waits for
# whom), never by timing; the Semaphore's peak is printed only as <= 2.
import multiprocessing
import time


def lock_child(lock, tried):
    print("child: acquire(timeout=0.2) ->", lock.acquire(timeout=0.2))
    tried.set()
    with lock:
        print("child: got the lock")


def rlock_child(rlock):
    with rlock:
        with rlock:
            print("child: holds the RLock twice")
    print("child: released it twice")


def event_child(go, ack):
    print("child: go.wait(0.1) ->", go.wait(0.1))
    ack.set()
    print("child: go.wait() ->", go.wait())


def sem_child(sem, running, peak):
    with sem:
        with running.get_lock():
            running.value += 1
            peak.value = max(peak.value, running.value)
        time.sleep(0.1)
        with running.get_lock():
            running.value -= 1


def run(target, *args):
    p = multiprocessing.Process(target=target, args=args)
    p.start()
    return p


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    lock, tried = multiprocessing.Lock(), multiprocessing.Event()
    lock.acquire()
    p = run(lock_child, lock, tried)
    tried.wait()
    print("parent: releases the lock")
    lock.release()
    p.join()
    try:
        lock.release()
    except ValueError as e:
        print("release unlocked:", type(e).__name__, e)
    rlock = multiprocessing.RLock()
    run(rlock_child, rlock).join()
    go, ack = multiprocessing.Event(), multiprocessing.Event()
    p = run(event_child, go, ack)
    ack.wait()
    print("parent: is_set", go.is_set(), "-> set()")
    go.set()
    p.join()
    sem = multiprocessing.Semaphore(2)
    running, peak = multiprocessing.Value('i', 0), multiprocessing.Value('i', 0)
    for p in [run(sem_child, sem, running, peak) for _ in range(4)]:
        p.join()
    print("semaphore: peak <= 2:", 1 <= peak.value <= 2, "running now:", running.value)
