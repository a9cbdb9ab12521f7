# Article 001's hybrid as written: threads download, then a Pool processes.
# The downloads are data: URLs (urlopen reads them without any network).
# process_data is nested in download_and_process, so Pool.map cannot pickle it:
# the program dies with "Can't pickle local object ...".
import multiprocessing
import threading
import time
import urllib.request


def download_and_process(urls):
    """Download (I/O) and process (CPU) data"""
    results = []
    # Use threading for I/O-bound downloading
    def download(url):
        with urllib.request.urlopen(url) as response:
            return response.read()
    threads = []
    data_store = []
    def download_wrapper(url):
        data = download(url)
        data_store.append(data)
    # Download concurrently with threads
    for url in urls:
        thread = threading.Thread(target=download_wrapper, args=(url,))
        threads.append(thread)
        thread.start()
    for thread in threads:
        thread.join()
    print("Downloaded", sorted(len(d) for d in data_store), "bytes")
    # Use multiprocessing for CPU-bound processing
    def process_data(data):
        # Simulate CPU-intensive processing
        return len(data) * sum(b for b in data[:100])
    with multiprocessing.Pool() as pool:
        results = pool.map(process_data, data_store)
    return results


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    urls = ["data:text/plain," + site * k for k, site in
            enumerate(["python.org ", "google.com ", "github.com ", "stackoverflow.com "], 5)]
    print(download_and_process(urls))
