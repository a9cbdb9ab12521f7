import threading
def parse(text):
    try:
        return int(text)
    except ValueError:
        log = {}
        return log["fallback"]
def worker():
    try:
        raise OSError("disk")
    except OSError:
        raise RuntimeError("in thread")
t = threading.Thread(target=worker)
t.start()
t.join()
with_cleanup = []
try:
    try:
        raise KeyError("first")
    finally:
        with_cleanup.append("ran")
except KeyError as e:
    print("finally kept it:", repr(e), with_cleanup, e.__context__)
print(parse("12"))
parse("twelve")
