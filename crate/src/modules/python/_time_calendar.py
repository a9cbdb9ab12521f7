"""The calendar functions of `time` (whose clocks are Rust's): the time
module gives them out from here when a program first asks for one. The
page has no time-zone database: local time is UTC, as on a machine whose
zone is UTC."""

from time import time

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
           "Oct", "Nov", "Dec")


class struct_time:
    """The nine fields of a date and time, a sequence as CPython's is, with
    the zone's name and offset as attributes only."""

    __module__ = "time"
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __init__(self, fields, zone=None, gmtoff=None):
        fields = tuple(fields)
        if len(fields) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence ("
                            + str(len(fields)) + "-sequence given)")
        if len(fields) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence ("
                            + str(len(fields)) + "-sequence given)")
        self._fields = fields[:9]
        rest = fields[9:]
        self.tm_zone = rest[0] if rest else zone
        self.tm_gmtoff = rest[1] if len(rest) > 1 else gmtoff

    def __getattr__(self, name):
        if name in _FIELDS:
            return self._fields[_FIELDS.index(name)]
        raise AttributeError("'time.struct_time' object has no attribute '" + name + "'")

    def __getitem__(self, index):
        return self._fields[index]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._fields)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            other = other._fields
        return self._fields == other

    def __hash__(self):
        return hash(self._fields)

    def __repr__(self):
        return "time.struct_time(" + ", ".join(
            name + "=" + repr(value) for name, value in zip(_FIELDS, self._fields)) + ")"

    def __reduce__(self):
        return (struct_time, (self._fields + (self.tm_zone, self.tm_gmtoff),))


def _days_from_civil(y, m, d):
    # Days since 1970-01-01 of a date of the proleptic Gregorian calendar.
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def gmtime(secs=None):
    if secs is None:
        secs = time()
    elif not isinstance(secs, (int, float)):
        raise TypeError("'" + type(secs).__name__ + "' object cannot be interpreted as an integer")
    secs = int(secs // 1)
    days, rest = divmod(secs, 86400)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    # The civil date of a day count (the inverse of _days_from_civil).
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    y += m <= 2
    wday = (days + 3) % 7  # 1970-01-01 was a Thursday
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, hour, minute, second, wday, yday, 0), "UTC", 0)


def localtime(secs=None):
    return gmtime(secs)


def _fields_of(t, name):
    if t is None:
        return localtime()
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(name + "(): illegal time tuple argument")
    return struct_time(t)


def mktime(t):
    t = _fields_of(t, "mktime")
    return float(_days_from_civil(t[0], t[1], t[2]) * 86400
                 + t[3] * 3600 + t[4] * 60 + t[5])


def asctime(t=None):
    t = _fields_of(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (
        _DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not " + type(format).__name__)
    t = _fields_of(t, "strftime")
    import datetime
    return datetime.datetime(t[0], t[1], t[2], t[3], t[4], t[5]).strftime(
        format.replace("%Z", "UTC").replace("%z", "+0000"))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    moment = datetime.datetime.strptime(string, format)
    yday = moment.toordinal() - datetime.date(moment.year, 1, 1).toordinal() + 1
    return struct_time((moment.year, moment.month, moment.day, moment.hour,
                        moment.minute, moment.second, moment.weekday(), yday, -1))
