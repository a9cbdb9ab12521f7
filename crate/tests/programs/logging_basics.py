import io
import logging
import sys

logging.warning("default goes to stderr: %s", "yes")
logging.info("not shown: root is at WARNING")
logging.error("error %d of %d", 1, 3)
print(logging.getLevelName(logging.INFO), logging.getLevelName(35), logging.getLevelName("ERROR"))
print(logging.root, logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)

log = logging.getLogger("app")
print(log, log.name, log.level, log.getEffectiveLevel(), log.parent is logging.root)
log.warning("through root's handler")
log.setLevel(logging.DEBUG)
log.debug("debug passes the logger; the root handler has no level")
log.setLevel("INFO")
print(log, log.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.INFO))

buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(message)s"))
log.addHandler(handler)
log.propagate = False
log.info("to the buffer")
log.log(25, "level %s", 25)
log.critical("%(who)s said %(what)s", {"who": "alice", "what": "hi"})
print(buf.getvalue(), end="")
print(handler, log.handlers == [handler], log.hasHandlers())

child = logging.getLogger("app.db")
print(child.parent is log, child.getEffectiveLevel(), logging.getLogger("app").getChild("db") is child)
child.error("a child's record goes up to app's handler")
print(buf.getvalue().splitlines()[-1])

mid = logging.getLogger("app.db.pool.conn")
late = logging.getLogger("app.db.pool")
print(mid.parent is late, late.parent is child)

brace = io.StringIO()
h2 = logging.StreamHandler(brace)
h2.setFormatter(logging.Formatter("{levelname}:{name}:{message} ({levelno})", style="{"))
other = logging.getLogger("brace")
other.addHandler(h2)
other.propagate = False
other.warning("styled %s", "braces")
dollar = logging.Formatter("$levelname/$message", style="$")
h2.setFormatter(dollar)
other.error("dollars")
print(brace.getvalue(), end="")


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


filtered = io.StringIO()
h3 = logging.StreamHandler(filtered)
h3.addFilter(OnlyEven())
h3.setLevel(logging.WARNING)
f = logging.getLogger("filtered")
f.addHandler(h3)
f.propagate = False
for i in range(5):
    f.warning("n=%d", i)
f.info("below the handler's level %d", 2)
print(repr(filtered.getvalue()))

try:
    1 / 0
except ZeroDivisionError:
    logging.exception("division failed")
    log.exception("into the buffer too")
print([line for line in buf.getvalue().splitlines()[-5:] if not line.startswith("  File")])

try:
    int("x")
except ValueError as e:
    logging.error("with exc_info=e", exc_info=e)

for bad in ["LOUD", 2.5]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelNamesMapping()["VERBOSE"])
logging.disable(logging.ERROR)
logging.error("disabled")
logging.critical("critical still passes")
logging.disable(logging.NOTSET)

adapter = logging.LoggerAdapter(logging.getLogger("adapted"), {"user": "bob"})
adapted = io.StringIO()
h4 = logging.StreamHandler(adapted)
h4.setFormatter(logging.Formatter("%(user)s %(message)s"))
adapter.logger.addHandler(h4)
adapter.logger.propagate = False
adapter.warning("acts")
print(adapted.getvalue(), end="")

nobody = logging.getLogger("nobody")
nobody.propagate = False
nobody.warning("last resort: message only, to stderr")
nobody.info("last resort is at WARNING")

record = logging.makeLogRecord({"msg": "made %s", "args": ("by hand",), "levelno": 20})
print(record.getMessage(), record.msg)
fmt = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
rec = logging.LogRecord("x", logging.INFO, "main.py", 1, "m", (), None)
print(len(fmt.format(rec)) == len("2024 m"), fmt.usesTime(), logging.Formatter().usesTime())
default = logging.Formatter("%(asctime)s").format(rec)
print(len(default), default[4], default[7], default[10], default[13], default[19])
print(rec.threadName, rec.processName, rec.thread == __import__("threading").get_ident())
sys.stderr.flush()
