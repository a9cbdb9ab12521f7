"""timeit: time small pieces of code, as CPython 3.11's: timeit, repeat,
default_timer and Timer (timeit, repeat, autorange, print_exc). Not covered:
the command line (main).
"""

import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _indent(src, spaces):
    return src.replace("\n", "\n" + " " * spaces)


class Timer:
    """Times `stmt` (a string of code or a callable) after `setup`."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        setup_code, stmt_code = "", ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")  # a SyntaxError shows here, on its own
            setup_code = _indent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            setup_code = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(setup + "\n" + stmt if isinstance(setup, str) else stmt,
                    dummy_src_name, "exec")
            stmt_code = _indent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            stmt_code = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        # The statement runs in a function of its own, as CPython's does, so
        # that its names are the function's locals or the given globals.
        src = ("def inner(_it, _timer" + (", _setup=_setup" if "_setup" in local_ns else "")
               + (", _stmt=_stmt" if "_stmt" in local_ns else "") + "):\n"
               "    " + setup_code + "\n"
               "    _t0 = _timer()\n"
               "    for _i in _it:\n"
               "        " + stmt_code + "\n"
               "        pass\n"
               "    _t1 = _timer()\n"
               "    return _t1 - _t0\n")
        self.src = src
        exec(compile(src, dummy_src_name, "exec"), global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time taken): the number of loops, 1, 2, 5, 10, 20, 50...,
        that takes at least 0.2 seconds."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
