"""datetime: dates, times and spans of time (date, time, datetime,
timedelta, tzinfo, timezone), with CPython 3.11's results, reprs and
messages.

The page has no time-zone database: local time is UTC, so a naive
datetime's timestamp(), now() and fromtimestamp() read it as UTC. Not
covered: timetuple() and utctimetuple() (the page's time module has no
struct_time), and %U/%W/%w in strptime (read, then ignored).

Every value is kept as integers; a datetime and a timedelta also as a
count of microseconds, so that arithmetic and comparison are one
operation on ints.
"""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# _DBM[m]: the days before month m in a year that is not leap.
_DBM = [0, 0]
for _m in range(1, 12):
    _DBM.append(_DBM[-1] + _DIM[_m])
_US_DAY = 86400000000
_MAXORD = 3652059  # date(9999, 12, 31).toordinal()
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
         "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _dim(y, m):
    return 29 if m == 2 and _leap(y) else _DIM[m]


def _dbm(y, m):
    return _DBM[m] + (m > 2 and _leap(y))


def _ymd2ord(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _dbm(y, m) + d


def _ord2ymd(n):
    # Whole cycles of 400, 100, 4 and 1 years; the 366th day of a last
    # year of a 4- or 400-year cycle comes out as a fifth year of 365 days.
    n400, n = divmod(n - 1, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    m = n // 31 + 1  # never past the month; at most two steps short
    while m < 12 and n >= _dbm(y, m + 1):
        m += 1
    return y, m, n - _dbm(y, m) + 1


def _tp(obj):
    # The type's name as CPython's reprs show it: its own classes are
    # 'datetime.date', a program's subclass is its bare name.
    cls = type(obj)
    return (__name__ + "." if cls.__module__ == __name__ else "") + cls.__name__


def _int(x):
    if isinstance(x, int):
        return int(x)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(x).__name__)


def _check_date(y, m, d):
    y, m, d = _int(y), _int(m), _int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _dim(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us, tz, fold):
    h, mi, s, us, fold = _int(h), _int(mi), _int(s), _int(us), _int(fold)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)
    return h, mi, s, us, fold


def _div_even(a, b):
    # a / b rounded to the nearest int, ties to even (b > 0).
    q, r = divmod(a, b)
    r *= 2
    if r > b or (r == b and q % 2):
        q += 1
    return q


def _round_away(x):
    # C's round(): half away from zero.
    return int(x + 0.5) if x >= 0 else -int(0.5 - x)


def _cmp_error(op, a, b):
    return TypeError("'%s' not supported between instances of '%s' and '%s'"
                     % (op, _tp(a), _tp(b)))


# ------------------------------------------------------------- timedelta

_UNITS = (("days", _US_DAY), ("seconds", 1000000), ("microseconds", 1),
          ("milliseconds", 1000), ("minutes", 60000000),
          ("hours", 3600000000), ("weeks", 7 * _US_DAY))


def _td(us, cls=None):
    # A timedelta of `us` microseconds, normalised as CPython keeps it:
    # 0 <= seconds < 86400 and 0 <= microseconds < 10**6.
    days, rest = divmod(us, _US_DAY)
    if not -999999999 <= days <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    self = object.__new__(cls or timedelta)
    self._us = us
    self._days = days
    self._seconds, self._microseconds = divmod(rest, 1000000)
    self._hash = -1
    return self


class timedelta:
    """A duration: the difference between two dates or datetimes."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        args = (days, seconds, microseconds, milliseconds, minutes, hours,
                weeks)
        # As CPython's C code sums them, so that results agree to the last
        # microsecond: the whole part of each float exactly, the fractions
        # of microseconds as a float, rounded once at the end, half to even.
        us, left = 0, 0.0
        for (unit, factor), value in zip(_UNITS, args):
            if isinstance(value, int):
                us += value * factor
            elif isinstance(value, float):
                whole = int(value)
                us += whole * factor
                part = (value - whole) * factor
                whole = int(part)
                us += whole
                left += part - whole
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (unit, type(value).__name__))
        if left:
            whole = _round_away(left)
            if abs(whole - left) == 0.5:
                odd = us & 1
                whole = 2 * _round_away((left + odd) * 0.5) - odd
            us += int(whole)
        return _td(us, cls)

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._us / 10**6

    def __repr__(self):
        parts = ["%s=%d" % (name, value) for name, value in
                 (("days", self._days), ("seconds", self._seconds),
                  ("microseconds", self._microseconds)) if value]
        return "%s(%s)" % (_tp(self), ", ".join(parts) or "0")

    def __str__(self):
        m, s = divmod(self._seconds, 60)
        h, m = divmod(m, 60)
        text = "%d:%02d:%02d" % (h, m, s)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = "%d day%s, %s" % (self._days, plural, text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._us - self._us)
        return NotImplemented

    def __neg__(self):
        return _td(-self._us)

    def __pos__(self):
        return _td(self._us)

    def __abs__(self):
        return _td(abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td(_div_even(self._us * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError("division by zero")
            return self._us / other._us
        if isinstance(other, (int, float)):
            n, d = other.as_integer_ratio()
            if not n:
                raise ZeroDivisionError("integer division or modulo by zero")
            if n < 0:
                n, d = -n, -d
            return _td(_div_even(self._us * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us // other._us
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td(self._us // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError("integer modulo by zero")
            return _td(self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us, other._us)
            return q, _td(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us == other._us
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us < other._us
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us <= other._us
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us > other._us
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us >= other._us
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._us != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = _td(-999999999 * _US_DAY)
timedelta.max = _td(1000000000 * _US_DAY - 1)
timedelta.resolution = _td(1)


# ------------------------------------------------------------ formatting

def _fmt_time(h, m, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _fmt_offset(off, sep=":"):
    # "+HH:MM", with ":SS" and ".ffffff" when the offset has them.
    if off is None:
        return ""
    sign = "+"
    us = off._us
    if us < 0:
        sign, us = "-", -us
    s, us = divmod(us, 1000000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    text = "%s%02d%s%02d" % (sign, h, sep, m)
    if s or us:
        text += "%s%02d" % (sep, s)
        if us:
            text += ".%06d" % us
    return text


def _offset(tz, dt, what):
    # What tz.utcoffset(dt) or tz.dst(dt) says, checked as CPython does.
    if tz is None:
        return None
    off = getattr(tz, what)(dt)
    if off is not None:
        if not isinstance(off, timedelta):
            raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                            % (what, type(off).__name__))
        if not -_US_DAY < off._us < _US_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24).")
    return off


# The directives that are numbers, and those padded with spaces rather than zeros.
_NUMERIC = "dmHIMSjyeUWCVGgklYuw"
_SPACE_PADDED = "ekl"


def _flagged(text, directive, flags, width):
    """`text` of `directive` as glibc's flags and width change it: "-" no
    padding (spaces to a width given), "_" spaces, "0" zeros, "^" upper
    case, "#" the other case."""
    if directive in _NUMERIC:
        digits = text.lstrip("0 ") or "0"
        size = int(width) if width else len(text)
        pad = " " if directive in _SPACE_PADDED else "0"
        for flag in flags:
            if flag == "_":
                pad = " "
            elif flag == "0":
                pad = "0"
            elif flag == "-":
                pad = " " if width else ""
        return digits.rjust(size, pad) if pad else digits
    if "^" in flags:
        text = text.upper()
    elif "#" in flags:
        text = text.lower() if directive in "pZ" else text.upper()
    if width and "-" not in flags:
        text = text.rjust(int(width), "0" if "0" in flags else " ")
    return text


def _strftime(fmt, obj, y, mo, d, h, mi, s, us):
    # The C library's directives in the C locale; an unknown one is kept.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    ordinal = _ymd2ord(y, mo, d)
    wd = (ordinal + 6) % 7  # Monday is 0
    yday = ordinal - _ymd2ord(y, 1, 1)  # 0-based
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i == n:
            out.append(c)
            continue
        # glibc's flags and width before a directive ("%-d", "%_H", "%^a", "%10Y").
        j = i
        while j < n and fmt[j] in "-_0^#":
            j += 1
        k = j
        while k < n and fmt[k].isdigit():
            k += 1
        if k < n and fmt[k] in "EO" and k + 1 < n:
            k += 1  # the locale's alternative forms: the C locale has none
        if k > i and k < n and fmt[k] != "f":
            text = _strftime("%" + fmt[k], obj, y, mo, d, h, mi, s, us)
            out.append(_flagged(text, fmt[k], fmt[i:j], fmt[j:k].lstrip("EO")))
            i = k + 1
            continue
        c = fmt[i]
        i += 1
        if c == "Y":
            out.append(str(y))
        elif c == "m":
            out.append("%02d" % mo)
        elif c == "d":
            out.append("%02d" % d)
        elif c == "H":
            out.append("%02d" % h)
        elif c == "M":
            out.append("%02d" % mi)
        elif c == "S":
            out.append("%02d" % s)
        elif c == "f":
            out.append("%06d" % us)
        elif c == "y":
            out.append("%02d" % (y % 100))
        elif c == "I":
            out.append("%02d" % (h % 12 or 12))
        elif c == "p":
            out.append("AM" if h < 12 else "PM")
        elif c == "a":
            out.append(_DAYS[wd][:3])
        elif c == "A":
            out.append(_DAYS[wd])
        elif c in "bh":
            out.append(_MONTHS[mo - 1][:3])
        elif c == "B":
            out.append(_MONTHS[mo - 1])
        elif c == "j":
            out.append("%03d" % (yday + 1))
        elif c == "e":
            out.append("%2d" % d)
        elif c == "k":
            out.append("%2d" % h)
        elif c == "l":
            out.append("%2d" % (h % 12 or 12))
        elif c == "P":
            out.append("am" if h < 12 else "pm")
        elif c == "r":
            out.append("%02d:%02d:%02d %s" % (h % 12 or 12, mi, s, "AM" if h < 12 else "PM"))
        elif c == "g":
            out.append("%02d" % (_isocal(ordinal)[0] % 100))
        elif c == "w":
            out.append(str((wd + 1) % 7))
        elif c == "u":
            out.append(str(wd + 1))
        elif c == "U":
            out.append("%02d" % ((yday + 7 - (wd + 1) % 7) // 7))
        elif c == "W":
            out.append("%02d" % ((yday + 7 - wd) // 7))
        elif c in "GV":
            iy, iw, _ = _isocal(ordinal)
            out.append(str(iy) if c == "G" else "%02d" % iw)
        elif c == "C":
            out.append("%02d" % (y // 100))
        elif c == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAYS[wd][:3], _MONTHS[mo - 1][:3], d, h, mi, s, y))
        elif c in "xD":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif c in "XT":
            out.append("%02d:%02d:%02d" % (h, mi, s))
        elif c == "R":
            out.append("%02d:%02d" % (h, mi))
        elif c == "F":
            out.append("%d-%02d-%02d" % (y, mo, d))
        elif c == "z":
            off = obj.utcoffset() if obj is not None else None
            out.append(_fmt_offset(off, ""))
        elif c == "Z":
            name = obj.tzname() if obj is not None else None
            out.append(name or "")
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "%":
            out.append("%")
        else:
            out.append("%" + c)
    return "".join(out)


def _isocal(ordinal):
    # ISO year, week and weekday: week 1 is the one holding the year's
    # first Thursday, weeks start on Monday.
    y = _ord2ymd(ordinal)[0]
    week1 = _iso_week1(y)
    if ordinal < week1:
        y -= 1
        week1 = _iso_week1(y)
    elif ordinal >= _iso_week1(y + 1):
        y += 1
        week1 = _iso_week1(y)
    week, day = divmod(ordinal - week1, 7)
    return y, week + 1, day + 1


def _iso_week1(y):
    # The ordinal of the Monday of ISO week 1 of year y.
    first = _ymd2ord(y, 1, 1)
    monday = first - (first + 6) % 7
    return monday + 7 if first - monday > 3 else monday


def _date_new(cls, y, m, d):
    self = object.__new__(cls)
    self._year, self._month, self._day = y, m, d
    return self


def _iso_error(s):
    return ValueError("Invalid isoformat string: %r" % (s,))


def _parse_iso_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] and YYYYWww[D]; (y, m, d).
    if not s[:4].isdigit() or not s.isascii():
        raise _iso_error(s)
    y = int(s[:4])
    rest = s[4:]
    dash = rest[:1] == "-"
    if dash:
        rest = rest[1:]
    if rest[:1] == "W":
        w = rest[1:3]
        day = rest[3:]
        if dash and day:
            if day[0] != "-":
                raise _iso_error(s)
            day = day[1:]
        if not w.isdigit() or len(w) != 2 or (day and (len(day) != 1 or not day.isdigit())):
            raise _iso_error(s)
        return date.fromisocalendar(y, int(w), int(day or 1))._ymd()
    if dash:
        if len(rest) != 5 or rest[2] != "-":
            raise _iso_error(s)
        m, d = rest[:2], rest[3:]
    else:
        if len(rest) != 4:
            raise _iso_error(s)
        m, d = rest[:2], rest[2:]
    if not (m.isdigit() and d.isdigit()):
        raise _iso_error(s)
    return _check_date(y, int(m), int(d))


def _parse_iso_time(s, whole):
    # HH[:MM[:SS[.fff…]]] or HH[MM[SS[.fff…]]], then Z or ±HH[:MM[:SS[.f]]];
    # (h, m, s, us, tzinfo).
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            tz = _parse_iso_offset(s[i:], whole)
            s = s[:i]
            break
    frac = 0
    for sep in ".,":
        if sep in s:
            s, digits = s.split(sep, 1)
            if not digits.isdigit() or not digits.isascii() or len(s) not in (6, 8):
                raise _iso_error(whole)
            frac = int((digits + "00000")[:6])
    parts = s.split(":") if ":" in s else [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise _iso_error(whole)
    if ":" not in s and len(parts) > 1 and len(s) % 2:
        raise _iso_error(whole)
    nums = [int(p) for p in parts] + [0, 0]
    return nums[0], nums[1], nums[2], frac, tz


def _parse_iso_offset(s, whole):
    if s == "Z":
        return timezone.utc
    h, m, sec, us, tz = _parse_iso_time(s[1:], whole)
    if tz is not None:
        raise _iso_error(whole)
    us = ((h * 60 + m) * 60 + sec) * 1000000 + us
    if us >= _US_DAY:
        raise _iso_error(whole)
    if not us:
        return timezone.utc
    return timezone(_td(-us if s[0] == "-" else us))


# ------------------------------------------------------------------ date

class date:
    """A date of the proleptic Gregorian calendar: year, month, day."""

    def __new__(cls, year, month, day):
        return _date_new(cls, *_check_date(year, month, day))

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def _ymd(self):
        return self._year, self._month, self._day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        return cls.fromordinal(_utc_fields(t)[0])

    @classmethod
    def fromordinal(cls, n):
        n = _int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORD:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        return _date_new(cls, *_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) not in (7, 8, 10):
            raise _iso_error(s)
        return cls(*_parse_iso_date(s))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 0 < week < 53:
            # Week 53 exists when the year starts (or a leap year ends)
            # on a Thursday.
            first = (_ymd2ord(year, 1, 1) + 6) % 7
            if week != 53 or not (first == 3 or (first == 2 and _leap(year))):
                raise ValueError("Invalid week: %d" % week)
        if not 0 < day < 8:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        return cls(*_ord2ymd(_iso_week1(year) + (week - 1) * 7 + day - 1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocal(self.toordinal()))

    def timetuple(self):
        return _timetuple(self, 0, 0, 0, -1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tp(self), self._year, self._month, self._day)

    def ctime(self):
        return self.strftime("%c")

    def strftime(self, fmt):
        return _strftime(fmt, None, self._year, self._month, self._day, 0, 0, 0, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if 0 < n <= _MAXORD:
                return _date_new(type(self), *_ord2ymd(n))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((self.toordinal() - other.toordinal()) * _US_DAY)
        return NotImplemented

    # Comparison: only between dates; a datetime is not one here, as in
    # CPython (== is False, < is a TypeError).
    def _other(self, other, op):
        if isinstance(other, datetime):
            if op is None:
                return None
            raise TypeError("can't compare datetime.datetime to datetime.date")
        if isinstance(other, date):
            return other._ymd()
        return None

    def __eq__(self, other):
        o = self._other(other, None)
        return NotImplemented if o is None else self._ymd() == o

    def __lt__(self, other):
        o = self._other(other, "<")
        return NotImplemented if o is None else self._ymd() < o

    def __le__(self, other):
        o = self._other(other, "<=")
        return NotImplemented if o is None else self._ymd() <= o

    def __gt__(self, other):
        o = self._other(other, ">")
        return NotImplemented if o is None else self._ymd() > o

    def __ge__(self, other):
        o = self._other(other, ">=")
        return NotImplemented if o is None else self._ymd() >= o

    def __hash__(self):
        return hash(self._ymd())

    def __reduce__(self):
        return (type(self), self._ymd())


date.min = _date_new(date, 1, 1, 1)
date.max = _date_new(date, 9999, 12, 31)
date.resolution = _td(_US_DAY)


def _timetuple(d, hour, minute, second, dst):
    """`time.struct_time` of date or datetime `d`, at the time given."""
    import time

    yday = d.toordinal() - _ymd2ord(d._year, 1, 1) + 1
    return time.struct_time((d._year, d._month, d._day, hour, minute, second,
                             d.weekday(), yday, dst))


class _IsoCalendarDate:
    """What isocalendar() returns: a (year, week, weekday) triple with
    those names (CPython's is a tuple subclass; the page's tuples have
    none)."""

    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)

    year = property(lambda self: self._t[0])
    week = property(lambda self: self._t[1])
    weekday = property(lambda self: self._t[2])

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __len__(self):
        return 3

    def __eq__(self, other):
        if isinstance(other, _IsoCalendarDate):
            other = other._t
        return self._t == other

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return "%s.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (
            (__name__,) + self._t)


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """The abstract base of time zones: utcoffset, dst and tzname."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        dst = dt.dst()
        if off is None or dst is None:
            raise ValueError("fromutc: non-None utcoffset() and dst() required")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
        return dt + dst if dst else dt


_OMITTED = object()
_UTC = None


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            "not %s" % type(offset).__name__)
        if name is _OMITTED:
            if not offset._us and cls is timezone and _UTC is not None:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if not -_US_DAY < offset._us < _US_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def _check(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, "
                            "not %s" % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._check(dt, "dst")
        return None

    def tzname(self, dt):
        self._check(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset._us:
            return "UTC"
        return "UTC" + _fmt_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __str__(self):
        return self.tzname(None)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tp(self), self._offset)
        return "%s(%r, %r)" % (_tp(self), self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __reduce__(self):
        if self._name is None:
            return (type(self), (self._offset,))
        return (type(self), (self._offset, self._name))


timezone.utc = _UTC = timezone(timedelta(0))
timezone.min = timezone(timedelta(hours=-23, minutes=-59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
_LOCAL = timezone(timedelta(0), "UTC")  # the page's local time


# ------------------------------------------------------------------ time

def _time_new(cls, h, m, s, us, tz, fold):
    self = object.__new__(cls)
    self._hour, self._minute, self._second = h, m, s
    self._microsecond, self._tzinfo, self._fold = us, tz, fold
    return self


def _time_repr(text, us, s, tz, fold):
    # The fields after hour and minute, down to the last that is not 0.
    if us:
        text += ", %d, %d" % (s, us)
    elif s:
        text += ", %d" % s
    if tz is not None:
        text += ", tzinfo=%r" % (tz,)
    if fold:
        text += ", fold=1"
    return text + ")"


class time:
    """A time of day: hour, minute, second, microsecond, tzinfo."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        return _time_new(cls, *_check_time(hour, minute, second, microsecond,
                                           tzinfo, fold)[:4], tzinfo, fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        whole = s
        if s[:1] == "T":
            s = s[1:]
        h, m, sec, us, tz = _parse_iso_time(s, whole)
        return cls(h, m, sec, us, tz)

    def utcoffset(self):
        return _offset(self._tzinfo, None, "utcoffset")

    def dst(self):
        return _offset(self._tzinfo, None, "dst")

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def isoformat(self, timespec="auto"):
        return (_fmt_time(self._hour, self._minute, self._second,
                          self._microsecond, timespec)
                + _fmt_offset(self.utcoffset()))

    __str__ = isoformat

    def __repr__(self):
        return _time_repr("%s(%d, %d" % (_tp(self), self._hour, self._minute),
                          self._microsecond, self._second, self._tzinfo,
                          self._fold)

    def strftime(self, fmt):
        return _strftime(fmt, self, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond)

    __format__ = date.__format__

    def _key(self, other, op):
        # Microseconds since midnight, less the UTC offset when aware;
        # None for what is not a time.
        if not isinstance(other, time):
            if op is None:
                return None
            raise _cmp_error(op, self, other)
        a, b = self._us(), other._us()
        if self._tzinfo is other._tzinfo:
            return a, b
        oa, ob = self.utcoffset(), other.utcoffset()
        if (oa is None) != (ob is None):
            if op is None:
                return a, None
            raise TypeError("can't compare offset-naive and offset-aware times")
        if oa is not None:
            a -= oa._us
            b -= ob._us
        return a, b

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def __eq__(self, other):
        k = self._key(other, None)
        return NotImplemented if k is None else k[0] == k[1]

    def __lt__(self, other):
        a, b = self._key(other, "<")
        return a < b

    def __le__(self, other):
        a, b = self._key(other, "<=")
        return a <= b

    def __gt__(self, other):
        a, b = self._key(other, ">")
        return a > b

    def __ge__(self, other):
        a, b = self._key(other, ">=")
        return a >= b

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us() - (off._us if off is not None else 0))

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


time.min = time(0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta.resolution


# -------------------------------------------------------------- datetime

def _utc_fields(t):
    # (ordinal, h, m, s, us) of the UTC time t seconds after the epoch,
    # rounded to the microsecond, half to even.
    if isinstance(t, float):
        if t != t or t in (float("inf"), float("-inf")):
            raise ValueError("cannot convert float %s to integer" % t)
        n, d = t.as_integer_ratio()
        us = _div_even(n * 1000000, d)
    else:
        us = _int(t) * 1000000
    return _fields(us + _EPOCH)


def _fields(us):
    # (ordinal, h, m, s, us) of a count of microseconds from day 0.
    days, us = divmod(us, _US_DAY)
    if not 0 < days <= _MAXORD:
        raise OverflowError("date value out of range")
    s, us = divmod(us, 1000000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return days, h, m, s, us


def _dt_new(cls, y, mo, d, h, mi, s, us, tz, fold=0):
    self = object.__new__(cls)
    self._year, self._month, self._day = y, mo, d
    self._hour, self._minute, self._second = h, mi, s
    self._microsecond, self._tzinfo, self._fold = us, tz, fold
    return self


def _dt_from(cls, us, tz, fold=0):
    days, h, m, s, us = _fields(us)
    y, mo, d = _ord2ymd(days)
    return _dt_new(cls, y, mo, d, h, m, s, us, tz, fold)


class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    def __new__(cls, year, month, day, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        y, mo, d = _check_date(year, month, day)
        h, mi, s, us, fold = _check_time(hour, minute, second, microsecond,
                                         tzinfo, fold)
        return _dt_new(cls, y, mo, d, h, mi, s, us, tzinfo, fold)

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    def _us(self):
        # Microseconds from day 0 of the calendar, as written (no offset).
        return ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60000000 \
            + self._second * 1000000 + self._microsecond

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        days, h, m, s, us = _utc_fields(t)
        dt = _dt_new(cls, *_ord2ymd(days), h, m, s, us, tz)
        return dt if tz is None else tz.fromutc(dt)

    @classmethod
    def utcfromtimestamp(cls, t):
        days, h, m, s, us = _utc_fields(t)
        return _dt_new(cls, *_ord2ymd(days), h, m, s, us, None)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_._tzinfo
        return cls(date_._year, date_._month, date_._day, time_._hour,
                   time_._minute, time_._second, time_._microsecond, tzinfo,
                   fold=time_._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        # The date is 10 characters (YYYY-MM-DD, YYYY-Www-D), 8 (YYYYMMDD,
        # YYYYWwwD, YYYY-Www) or 7 (YYYYWww); one character of any kind
        # parts it from the time.
        if len(s) >= 10 and s[4] == "-" and (s[7] == "-" or (s[5] == "W" and s[8:9] == "-")):
            n = 10
        elif len(s) >= 7 and s[4] == "W" and not s[7:8].isdigit():
            n = 7
        else:
            n = 8 if len(s) >= 8 else len(s)
        y, mo, d = _parse_iso_date(s[:n])
        if len(s) == n:
            return cls(y, mo, d)
        if len(s) == n + 1:
            raise _iso_error(s)
        h, mi, sec, us, tz = _parse_iso_time(s[n + 1:], s)
        return cls(y, mo, d, h, mi, sec, us, tz)

    @classmethod
    def strptime(cls, string, fmt):
        return _strptime(cls, string, fmt)

    def timestamp(self):
        off = self.utcoffset()
        us = self._us() - (off._us if off is not None else 0)
        return (us - _EPOCH) / 10**6

    def date(self):
        return _date_new(date, self._year, self._month, self._day)

    def time(self):
        return _time_new(time, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        return _time_new(time, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _LOCAL
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        off = self.utcoffset()
        if off is None:  # naive: local time, which is UTC here
            off = timedelta(0)
        if self._tzinfo is tz:
            return self
        utc = _dt_from(type(self), self._us() - off._us, tz)
        return tz.fromutc(utc)

    def utcoffset(self):
        return _offset(self._tzinfo, self, "utcoffset")

    def dst(self):
        return _offset(self._tzinfo, self, "dst")

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, "
                            "not %s" % type(sep).__name__)
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _fmt_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec)
                + _fmt_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        return _time_repr("%s(%d, %d, %d, %d, %d" % (
            _tp(self), self._year, self._month, self._day, self._hour,
            self._minute), self._microsecond, self._second, self._tzinfo,
            self._fold)

    def timetuple(self):
        dst = -1
        if self._tzinfo is not None:
            offset = self._tzinfo.dst(self)
            dst = -1 if offset is None else int(bool(offset))
        return _timetuple(self, self._hour, self._minute, self._second, dst)

    def ctime(self):
        return self.strftime("%c")

    def strftime(self, fmt):
        return _strftime(fmt, self, self._year, self._month, self._day,
                         self._hour, self._minute, self._second,
                         self._microsecond)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_from(type(self), self._us() + other._us, self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _dt_from(type(self), self._us() - other._us, self._tzinfo)
        if isinstance(other, datetime):
            a, b = self._key(other, "-")
            return _td(a - b)
        return NotImplemented

    def _key(self, other, op):
        # The two as microseconds, each less its UTC offset when both are
        # aware with different tzinfos; None for what is not a datetime.
        if not isinstance(other, datetime):
            if op is None or op == "-":
                return None
            if isinstance(other, date):
                raise TypeError("can't compare datetime.datetime to datetime.date")
            raise _cmp_error(op, self, other)
        a, b = self._us(), other._us()
        if self._tzinfo is other._tzinfo:
            return a, b
        oa, ob = self.utcoffset(), other.utcoffset()
        if (oa is None) != (ob is None):
            if op is None:
                return a, None
            if op == "-":
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if oa is not None:
            a -= oa._us
            b -= ob._us
        return a, b

    def __eq__(self, other):
        k = self._key(other, None)
        return NotImplemented if k is None else k[0] == k[1]

    def __lt__(self, other):
        a, b = self._key(other, "<")
        return a < b

    def __le__(self, other):
        a, b = self._key(other, "<=")
        return a <= b

    def __gt__(self, other):
        a, b = self._key(other, ">")
        return a > b

    def __ge__(self, other):
        a, b = self._key(other, ">=")
        return a >= b

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us() - (off._us if off is not None else 0))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond,
                             self._tzinfo))


_EPOCH = 719163 * _US_DAY  # 1970-01-01 as microseconds from day 0
datetime.min = _dt_new(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _dt_new(datetime, 9999, 12, 31, 23, 59, 59, 999999, None)
datetime.resolution = timedelta.resolution


# -------------------------------------------------------------- strptime

_NUM = {
    "Y": r"\d\d\d\d", "m": r"1[0-2]|0[1-9]|[1-9]",
    "d": r"3[01]|[12]\d|0[1-9]|[1-9]| [1-9]", "H": r"2[0-3]|[01]\d|\d",
    "I": r"1[0-2]|0[1-9]|[1-9]", "M": r"[0-5]\d|\d", "S": r"6[01]|[0-5]\d|\d",
    "f": r"\d{1,6}", "y": r"\d\d", "j": r"36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    "w": r"[0-6]", "u": r"[1-7]", "U": r"5[0-3]|[0-4]\d|\d", "W": r"5[0-3]|[0-4]\d|\d",
    "G": r"\d\d\d\d", "V": r"5[0-3]|0[1-9]|[1-4]\d|\d",
    "p": "am|pm", "Z": "utc|gmt",
    "z": r"[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)",
    "a": "|".join(d[:3] for d in _DAYS), "A": "|".join(_DAYS),
    "b": "|".join(m[:3] for m in _MONTHS), "B": "|".join(_MONTHS),
}
_STRP_CACHE = {}


def _strp_regex(fmt):
    import re
    parts = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%" and i + 1 < n:
            d = fmt[i + 1]
            i += 2
            if d == "%":
                parts.append("%")
            elif d in _NUM:
                parts.append("(?P<%s>%s)" % (d, _NUM[d]))
            elif d in "cxX":
                parts.append(_strp_regex({"c": "%a %b %d %H:%M:%S %Y",
                                          "x": "%m/%d/%y", "X": "%H:%M:%S"}[d]).pattern)
            else:
                raise ValueError("'%s' is a bad directive in format %r" % (d, fmt))
        elif c.isspace():
            # Any run of spaces in the format matches any in the data.
            while i < n and fmt[i].isspace():
                i += 1
            parts.append(r"\s+")
        else:
            parts.append(re.escape(c))
            i += 1
    return re.compile("".join(parts), re.IGNORECASE)


def _strptime(cls, string, fmt):
    for arg, what in ((string, 1), (fmt, 2)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (what, type(arg).__name__))
    regex = _STRP_CACHE.get(fmt)
    if regex is None:
        regex = _STRP_CACHE[fmt] = _strp_regex(fmt)
    found = regex.match(string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (string, fmt))
    if found.end() != len(string):
        raise ValueError("unconverted data remains: %s" % string[found.end():])
    g = {k: v for k, v in found.groupdict().items() if v is not None}
    y, mo, d, h, mi, s, us, tz = 1900, 1, 1, 0, 0, 0, 0, None
    if "Y" in g:
        y = int(g["Y"])
    elif "y" in g:
        y = int(g["y"])
        y += 2000 if y < 69 else 1900  # POSIX's pivot
    if "m" in g:
        mo = int(g["m"])
    elif "B" in g or "b" in g:
        name = (g.get("B") or g["b"]).lower()
        mo = [m.lower()[:len(name)] for m in _MONTHS].index(name) + 1
    if "d" in g:
        d = int(g["d"])
    if "H" in g:
        h = int(g["H"])
    elif "I" in g:
        h = int(g["I"]) % 12
        if g.get("p", "").lower() == "pm":
            h += 12
    mi = int(g.get("M", 0))
    s = int(g.get("S", 0))
    if s > 59:  # a leap second is read as CPython reads it: 59
        s = 59
    if "f" in g:
        us = int((g["f"] + "00000")[:6])
    if "z" in g:
        z = g["z"]
        if z in ("Z", "z"):
            tz = timezone.utc
        else:
            digits = z[1:].replace(":", "")
            frac = 0
            if "." in digits:
                digits, f = digits.split(".")
                frac = int((f + "00000")[:6])
            off = ((int(digits[:2]) * 60 + int(digits[2:4])) * 60
                   + int(digits[4:6] or 0)) * 1000000 + frac
            tz = timezone(_td(-off if z[0] == "-" else off))
    if "j" in g and "m" not in g and "b" not in g and "B" not in g:
        y, mo, d = _ord2ymd(_ymd2ord(y, 1, 1) + int(g["j"]) - 1)
    elif "G" in g and "V" in g:
        wd = int(g["u"]) if "u" in g else (int(g["w"]) or 7) if "w" in g else 1
        y, mo, d = date.fromisocalendar(int(g["G"]), int(g["V"]), wd)._ymd()
    return cls(y, mo, d, h, mi, s, us, tz)
