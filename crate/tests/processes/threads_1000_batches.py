# 1,000 threads, started and joined in batches of 100 (never more than 101
# alive at once). Each records its number in a list (append is atomic under
# the GIL); the list is sorted before printing.
import threading

done = []
peak = 0


def work(i):
    done.append(i * i)


for batch in range(10):
    threads = [threading.Thread(target=work, args=(batch * 100 + i,)) for i in range(100)]
    for t in threads:
        t.start()
    peak = max(peak, threading.active_count())
    for t in threads:
        t.join()
    print(f"batch {batch}: {len(done)} done")
print("peak active <= 101:", peak <= 101)
print("count:", len(done), "sum:", sum(done))
print("every number once:", sorted(done) == [i * i for i in range(1000)])
print("last thread's name:", threads[-1].name)
print("active now:", threading.active_count())
