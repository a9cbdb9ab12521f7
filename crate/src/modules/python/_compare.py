"""Compare mode's Processes: the program's task list mapped over a
multiprocessing.Pool of spawned processes, as the articles'
`with Pool(K) as pool: pool.map(task, tasks)` does. The pool's workers are the
program's own child processes (crate/src/runtime/process.rs); each times the
tasks it runs, on the clock every worker shares. crate/src/runs/compare.rs
calls `run_pool` in the process that imported the program."""

import faulthandler
import multiprocessing
import time

# The task list of each source, evaluated once in each process: a spawned
# process imports the program afresh, so it evaluates the list itself.
_task_lists = {}


def _task_list(source):
    tasks = _task_lists.get(source)
    if tasks is None:
        # A closing bracket on a line of its own, so a comment in the list cannot hide it.
        main = __import__("__mp_main__")
        names = {name: getattr(main, name) for name in dir(main)}
        tasks = list(eval("(\n" + source + "\n)", names))
        _task_lists[source] = tasks
    return tasks


def run_task(job):
    """Runs task `index` in a pool worker: (index, the worker's number from 0,
    the repr of what it returned, its start and end in ms)."""
    call, source, index, panic = job
    function = getattr(__import__("__mp_main__"), call)
    argument = _task_list(source)[index]
    if panic:
        faulthandler._fatal_error(f"deliberate panic in task {index} (fault injection)")
    worker = multiprocessing.current_process()._identity[-1] - 1
    start = time.time() * 1000
    value = function(argument)
    end = time.time() * 1000
    return index, worker, repr(value), start, end


def run_pool(call, source, workers, count, panic_at):
    """Every task on a pool of `workers` processes, one task at a time to
    whichever worker is free; the outcomes in the order they finished."""
    jobs = [(call, source, index, index == panic_at) for index in range(count)]
    with multiprocessing.Pool(workers) as pool:
        return list(pool.imap_unordered(run_task, jobs))
