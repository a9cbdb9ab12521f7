# A C extension's kernel, as numpy's: `kernels` is the page's built-in extension
# module, written in Rust and run at wasm speed. With release_gil=True it
# releases the GIL while it computes, so even threads under the GIL run in
# parallel.
import kernels


def task(n):
    return kernels.sum_squares(n, release_gil=True)


if __name__ == "__main__":
    print(task(10_000_000))
