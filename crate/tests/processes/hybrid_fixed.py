# Article 001's hybrid, fixed: process_data is at module level (a Pool pickles
# a function by its name), and the downloads are kept in the order of the URLs
# (threads finish in any order). The URLs are data: URLs: urlopen reads them
# without any network, so CPython's output is fixed.
import multiprocessing
import threading
import urllib.request


def process_data(data):
    # Simulate CPU-intensive processing
    return len(data) * sum(b for b in data[:100])


def download_and_process(urls):
    """Download (I/O) and process (CPU) data"""
    def download(url):
        with urllib.request.urlopen(url) as response:
            return response.read()
    data_store = [None] * len(urls)
    def download_wrapper(i, url):
        data_store[i] = download(url)
    threads = [threading.Thread(target=download_wrapper, args=(i, url))
               for i, url in enumerate(urls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for url, data in zip(urls, data_store):
        print(f"{url[:26]}...: Downloaded {len(data)} bytes, starts {data[:11]!r}")
    with multiprocessing.Pool(2) as pool:
        return pool.map(process_data, data_store)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    urls = ["data:text/plain," + site * k for k, site in
            enumerate(["python.org ", "google.com ", "github.com ", "stackoverflow.com "], 5)]
    print(download_and_process(urls))
