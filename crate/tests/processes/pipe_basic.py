# multiprocessing.Pipe between processes: a duplex pipe both ways, a one-way pipe
# (duplex=False) with a None to end, poll(), and the errors of the wrong end and
# of a closed one. (pipe.py shows send_bytes too, which needs bytes.)
import multiprocessing


def child(conn):
    conn.send({"hello": [1, 2]})
    print("child got:", conn.recv())
    conn.close()


def writer(w):
    for i in range(3):
        w.send(i)
    w.send(None)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    parent, kid = multiprocessing.Pipe()
    p = multiprocessing.Process(target=child, args=(kid,))
    p.start()
    print("parent got:", parent.recv())
    parent.send("thanks")
    p.join()
    print("poll now:", parent.poll(), parent.poll(0.05))
    r, w = multiprocessing.Pipe(duplex=False)
    q = multiprocessing.Process(target=writer, args=(w,))
    q.start()
    got = []
    while (item := r.recv()) is not None:
        got.append(item)
    q.join()
    print("one way:", got)
    for call in (lambda: r.send(1), lambda: w.recv()):
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e)
    r.close()
    try:
        r.recv()
    except OSError as e:
        print("after close:", type(e).__name__, e)
