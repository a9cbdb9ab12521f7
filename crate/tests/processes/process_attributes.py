# A Process's attributes through its life: name, daemon, pid (an int once
# started), exitcode (None until it ends), is_alive(), join(timeout) on a
# sleeping child, terminate() (exitcode -15, SIGTERM) and kill() (-9), repr
# (pids masked), and the errors of start twice / join before start / close(),
# and of a daemonic process starting a child.
import multiprocessing
import time


def nap(seconds):
    time.sleep(seconds)


def daemon_parent():
    attempt("daemon child starting a process:", multiprocessing.Process(target=nap, args=(0,)).start)


def attempt(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(f"{label} {type(e).__name__}: {e}")


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    p = multiprocessing.Process(target=nap, args=(0.2,))
    print(p.name, p.daemon, p.pid, p.exitcode, p.is_alive())
    print(repr(p))
    attempt("join before start:", p.join)
    p.start()
    print("pid is an int:", type(p.pid) is int, p.pid == p.ident, p.is_alive(), p.exitcode)
    print(repr(p))
    attempt("start twice:", p.start)
    p.join()
    print("after join:", p.is_alive(), p.exitcode)
    print(repr(p))
    p.close()
    attempt("after close():", p.is_alive)

    s = multiprocessing.Process(target=nap, args=(30,), daemon=True)
    s.start()
    t0 = time.monotonic()
    s.join(timeout=0.3)
    print("join(timeout=0.3) returned:", 0.25 < time.monotonic() - t0 < 3, s.is_alive(), s.exitcode)
    s.terminate()
    s.join()
    print("terminated:", s.is_alive(), s.exitcode, s.daemon)
    print(repr(s))
    k = multiprocessing.Process(target=nap, args=(30,))
    k.start()
    k.kill()
    k.join()
    print("killed:", k.exitcode)
    attempt("daemon after start:", lambda: setattr(k, "daemon", True))
    d = multiprocessing.Process(target=daemon_parent, daemon=True)
    d.start()
    d.join()
    print("daemon parent:", d.exitcode)
