import threading, time, urllib.request
SITES = ["https://www.python.org", "https://www.google.com", "https://www.github.com", "https://stackoverflow.com", "https://example.org/x"]
sizes = {}
def fetch(url):
    with urllib.request.urlopen(url) as response:
        sizes[url] = (response.status, len(response.read()), response.headers["Content-Type"])
start = time.perf_counter()
for url in SITES:
    fetch(url)
sequential = time.perf_counter() - start
start = time.perf_counter()
threads = [threading.Thread(target=fetch, args=(u,)) for u in SITES]
for t in threads: t.start()
for t in threads: t.join()
threaded = time.perf_counter() - start
for url in SITES:
    print(url, sizes[url])
print("sequential at least the sum of the waits:", sequential >= 0.45 + 0.38 + 0.52 + 0.41 + 0.25)
print("threads wait at once:", 0.52 <= threaded < 0.52 + 0.5)
