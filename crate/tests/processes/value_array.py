# multiprocessing.Value and Array: typecodes 'i', 'd', 'c', 'b', 'f' (a C
# float: 0.1 comes back rounded), a C int's wrap-around, reprs, get_lock()
# (an RLock), slicing, Array('c') as bytes, and a child's writes seen by the
# parent.
import multiprocessing


def child(n, x, arr, text):
    with n.get_lock():
        n.value += 10
    x.value *= 2
    with arr.get_lock():
        arr[0:3] = [v * 100 for v in arr[0:3]]
        arr[-1] = -1
    text.value = b"child"


def attempt(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(f"{label} {type(e).__name__}: {e}")


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    for code, init in [('i', 5), ('d', 1.5), ('c', b'x'), ('b', -3), ('f', 0.1)]:
        v = multiprocessing.Value(code, init)
        print(code, repr(v), repr(v.value))
    print("default value:", multiprocessing.Value('i').value)
    print("wraps:", multiprocessing.Value('i', 2**31).value)
    print("lock type:", type(multiprocessing.Value('i').get_lock()).__name__)
    n = multiprocessing.Value('i', 1)
    x = multiprocessing.Value('d', 0.75)
    arr = multiprocessing.Array('i', range(6))
    text = multiprocessing.Array('c', b"parent")
    print(repr(arr))
    print("len, index, slices:", len(arr), arr[2], arr[-1], arr[1:4], arr[::2], list(arr))
    print("zeros:", multiprocessing.Array('d', 3)[:])
    print("text:", text.value, text.raw, text[0], text[:3])
    attempt("bad slice size:", lambda: arr.__setitem__(slice(0, 2), [1]))
    attempt("index out of range:", lambda: arr[10])
    attempt("str in an 'i' Value:", lambda: multiprocessing.Value('i', 'x'))
    p = multiprocessing.Process(target=child, args=(n, x, arr, text))
    p.start()
    p.join()
    print("after the child:", n.value, x.value, arr[:], text.value, text.raw)
