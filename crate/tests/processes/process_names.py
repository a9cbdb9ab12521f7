# Names and parents: the main process, Process children (default names
# Process-N, or given), a grandchild (Process-N:M), a spawn context's
# SpawnProcess-N, and pool workers (SpawnPoolWorker-N, which N each task meets
# varies: only the prefix is printed), parent_process(), active_children().
import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor


def whoami(tag):
    me = multiprocessing.current_process()
    parent = multiprocessing.parent_process()
    print(f"{tag}: name={me.name} __name__={__name__} parent={parent.name}")


def with_grandchild():
    whoami("child")
    g = multiprocessing.Process(target=whoami, args=("grandchild",))
    print("grandchild before start:", g.name)
    g.start()
    g.join()


def worker_name(_):
    return re.sub(r"\d+", "N", multiprocessing.current_process().name)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    me = multiprocessing.current_process()
    print("main:", me.name, multiprocessing.parent_process(), __name__)
    print("main's type:", type(me).__name__)
    p1 = multiprocessing.Process(target=whoami, args=("p1",))
    p2 = multiprocessing.Process(target=whoami, args=("p2",), name="Downloader")
    print("names before start:", p1.name, p2.name)
    for p in (p1, p2):
        p.start()
        p.join()
    p3 = multiprocessing.Process(target=with_grandchild)
    p3.start()
    p3.join()
    ctx = multiprocessing.get_context("spawn")
    p4 = ctx.Process(target=whoami, args=("ctx",))
    p4.start()
    p4.join()
    p1.name = "Renamed"
    print("renamed:", p1.name)
    with multiprocessing.Pool(2) as pool:
        print("pool workers:", sorted(set(pool.map(worker_name, range(8)))))
    with ProcessPoolExecutor(max_workers=2) as ex:
        print("executor workers:", sorted(set(ex.map(worker_name, range(8)))))
    print("active children:", multiprocessing.active_children())
