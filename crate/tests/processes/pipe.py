# multiprocessing.Pipe between a parent and a child: send/recv of Python
# objects both ways, poll(timeout), send_bytes/recv_bytes, a one-way pipe
# (duplex=False), and EOFError once the other end is closed.
import multiprocessing


def echo(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            break
        conn.send(("echo", msg))
    conn.send_bytes(b"raw bytes")
    conn.close()


def writer(w):
    for i in range(3):
        w.send(i * 11)
    w.close()


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    parent_end, child_end = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo, args=(child_end,))
    p.start()
    print("poll before sending:", parent_end.poll(0.1))
    for msg in [1, "two", [3, {"four": 4.0}], None]:
        parent_end.send(msg)
        print(parent_end.recv())
    parent_end.send("stop")
    print(parent_end.recv_bytes())
    p.join()
    child_end.close()
    try:
        parent_end.recv()
    except EOFError as e:
        print("after the child closed:", type(e).__name__, repr(str(e)))
    r, w = multiprocessing.Pipe(duplex=False)
    p = multiprocessing.Process(target=writer, args=(w,))
    p.start()
    w.close()
    got = []
    try:
        while True:
            got.append(r.recv())
    except EOFError:
        print("one-way pipe got:", got)
    p.join()
    try:
        r.send(1)
    except OSError as e:
        print("send on the read end:", type(e).__name__, e)
