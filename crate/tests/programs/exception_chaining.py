class ConfigError(Exception):
    pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e
try:
    load({}, "port")
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        return int("x")
try:
    implicit()
except ValueError as e:
    print("implicit:", repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    print("from None:", e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("plain")
except RuntimeError as e:
    print("plain:", e.__cause__, e.__context__)
def handled_then_later():
    try:
        raise KeyError("old")
    except KeyError:
        pass
    raise ValueError("new")
try:
    handled_then_later()
except ValueError as e:
    print("after handler:", e.__context__)
for i in range(2):
    try:
        raise KeyError(i)
    except KeyError:
        continue
try:
    raise TypeError("after loop")
except TypeError as e:
    print("after continue:", e.__context__)
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print("class cause:", repr(e.__cause__))
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
def process(items):
    results = []
    for item in items:
        try:
            results.append(10 / item)
        except ZeroDivisionError as err:
            raise ValueError(f"bad item {item!r}") from err
    return results
process([1, 2, 0])
