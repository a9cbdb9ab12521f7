# The articles' process_data_chunk in pure Python: for each item,
# sum(i ** 2 for i in range(item)), items from 100 to 1000 drawn by a seeded
# generator (SplitMix64, the same as the `kernels` module's), one chunk per task.
MASK = (1 << 64) - 1


def item(seed, index):
    z = (seed + (index + 1) * 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    z ^= z >> 31
    return 100 + z % 901


def task(chunk):
    seed, start, count = chunk
    return sum(sum(i ** 2 for i in range(item(seed, k))) for k in range(start, start + count))


def chunks(items, tasks, seed=42):
    """The task list: (seed, start, count) of `tasks` even chunks."""
    bounds = [items * k // tasks for k in range(tasks + 1)]
    return [(seed, bounds[k], bounds[k + 1] - bounds[k]) for k in range(tasks)]


if __name__ == "__main__":
    print([task(c) for c in chunks(1_000, 4)])
