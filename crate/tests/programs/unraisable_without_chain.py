# An error in __del__, or in closing a dropped generator, is printed after
# "Exception ignored in" with its own traceback only: CPython leaves out
# its cause and its context.
class Chained:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("raised from, in __del__") from e


class Handled:
    def __del__(self):
        try:
            {}["missing"]
        except KeyError:
            raise ValueError("raised while handling, in __del__")


def closing_raises():
    try:
        yield 1
    finally:
        raise RuntimeError("raised in finally, as the generator closes")


c = Chained()
del c
print("after Chained")
h = Handled()
h = None
print("after Handled")
g = closing_raises()
print(next(g))
g = None
print("end")
