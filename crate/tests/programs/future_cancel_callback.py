# A cancelled future calls its done-callbacks at once.
from concurrent.futures import ThreadPoolExecutor
import threading, time
seen = []
gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    busy = ex.submit(gate.wait)
    queued = ex.submit(print, "never")
    queued.add_done_callback(lambda f: seen.append(("cancelled", f.cancelled())))
    print("cancel:", queued.cancel(), seen)
    gate.set()
print(seen)
