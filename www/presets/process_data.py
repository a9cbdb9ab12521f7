# The articles' process_data_chunk: for each item, sum(i ** 2 for i in range(item)),
# items from 100 to 1000, in one chunk per task. The kernel draws the items from
# a seeded generator itself, so no process has to be sent the data.
import kernels


def task(chunk):
    seed, start, count = chunk
    return kernels.process_data_chunk(seed, start, count, release_gil=True)


def chunks(items, tasks, seed=42):
    """The task list: (seed, start, count) of `tasks` even chunks."""
    bounds = [items * k // tasks for k in range(tasks + 1)]
    return [(seed, bounds[k], bounds[k + 1] - bounds[k]) for k in range(tasks)]


if __name__ == "__main__":
    print(chunks(200_000, 4))
