import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d: %(message)s")
log = logging.getLogger("app")


def load(path):
    log.info("loading %s", path)
    try:
        1 / 0
    except ZeroDivisionError:
        log.error("failed")
    return len(path)


class Shop:
    def __init__(self):
        log.debug("new shop")

    def buy(self, item):
        logging.warning("buying %s", item)
        log.log(logging.ERROR, "no %s", item)


def helper():
    log.info("from helper", stacklevel=2)


def caller():
    helper()


load("data.txt")
s = Shop()
s.buy("milk")
caller()
logging.info("module level")
adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.info("via adapter")
for i in range(2):
    log.warning("loop %d", i)
print(logging.currentframe().f_code.co_name)
gen = (log.info("in generator %d", i) for i in range(1))
list(gen)


# sys._getframe: the caller's name and line.
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def outer():
    return where()


print(outer())
print(where())


def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def a(*args, **kwargs):
    return chain()


print(a(1, x=2))
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError", e)
print(sys._getframe().f_globals["__name__"])


class K:
    def __init__(self):
        self.where = where()


print(K().where)
print([where()[0] for _ in range(1)])
