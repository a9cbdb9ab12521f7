import traceback
def parse_age(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing the age {text!r}")
        e.add_note("ages are whole numbers")
        raise
try:
    parse_age("ten")
except ValueError as e:
    print(e.__notes__)
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)).splitlines()[-3:])
for bad in [1, None]:
    try:
        ValueError().add_note(bad)
    except TypeError as e:
        print(e)
e = KeyError("k")
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(err)
e = RuntimeError("no notes")
print(hasattr(e, "__notes__"), vars(e))
class AppError(Exception):
    pass
err = AppError("config broken")
err.add_note("hint: check settings.toml")
raise err
