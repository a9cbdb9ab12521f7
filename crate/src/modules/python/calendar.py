"""calendar: the proleptic Gregorian calendar as CPython 3.11's calendar
module has it, in English (the page has no locales): isleap, leapdays,
weekday, monthrange, monthcalendar, the month and day names, timegm,
Calendar and TextCalendar (month and year as text), month, calendar,
prmonth and prcal. Not covered: HTMLCalendar and the locale calendars.
"""

import datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday",
           "isleap", "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth",
           "month", "prcal", "calendar", "timegm", "month_name", "month_abbr", "day_name",
           "day_abbr", "Calendar", "TextCalendar", "weekheader", "MONDAY", "TUESDAY",
           "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "error"]

error = ValueError

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January = 1
February = 2

# Days in each month of a common year (index 0 unused).
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


class _Names:
    """A sequence of names, as CPython's localized names: indexing, slicing,
    len and iteration."""

    def __init__(self, names):
        self._names = list(names)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._names[i]
        return self._names[i]

    def __len__(self):
        return len(self._names)


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

month_name = _Names([""] + _MONTHS)
month_abbr = _Names([""] + [m[:3] for m in _MONTHS])
day_name = _Names(_DAYS)
day_abbr = _Names([d[:3] for d in _DAYS])


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """0 (Monday) to 6 (Sunday)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400  # the calendar repeats every 400 years
    return datetime.date(year, month, day).weekday()


def _days_in(year, month):
    return mdays[month] + (month == February and isleap(year))


def monthrange(year, month):
    """(weekday of the month's first day, its number of days)."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - datetime.date(1970, 1, 1).toordinal() \
        + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


class Calendar:
    """Weeks of a month, each starting on firstweekday (0 is Monday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdays2(self, year, month):
        """(day, weekday) for whole weeks around the month: day 0 outside it."""
        first, ndays = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        wd = self.firstweekday
        for _ in range(before):
            yield 0, wd % 7
            wd += 1
        for day in range(1, ndays + 1):
            yield day, wd % 7
            wd += 1
        after = (self.firstweekday - wd) % 7
        for _ in range(after):
            yield 0, wd % 7
            wd += 1

    def itermonthdays(self, year, month):
        for day, _ in self.itermonthdays2(year, month):
            yield day

    def itermonthdays3(self, year, month):
        for date in self.itermonthdates(year, month):
            yield date.year, date.month, date.day

    def itermonthdays4(self, year, month):
        for date in self.itermonthdates(year, month):
            yield date.year, date.month, date.day, date.weekday()

    def itermonthdates(self, year, month):
        first = datetime.date(year, month, 1)
        start = first - datetime.timedelta(days=(first.weekday() - self.firstweekday) % 7)
        date = start
        while True:
            yield date
            date += datetime.timedelta(days=1)
            if (date.month != month or date.year != year) and \
                    date.weekday() == self.firstweekday and date > first:
                return

    def _weeks(self, days):
        days = list(days)
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdatescalendar(self, year, month):
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        return self._weeks(self.itermonthdays(year, month))

    def _year(self, year, width, per_month):
        months = [per_month(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        return self._year(year, width, self.monthdatescalendar)

    def yeardays2calendar(self, year, width=3):
        return self._year(year, width, self.monthdays2calendar)

    def yeardayscalendar(self, year, width=3):
        return self._year(year, width, self.monthdayscalendar)


class TextCalendar(Calendar):
    """Months and years as plain text."""

    def formatday(self, day, weekday, width):
        return ("" if day == 0 else "%2i" % day).center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        name = month_name[themonth]
        if withyear:
            name = "%s %r" % (name, theyear)
        return name.center(width)

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w, l = max(2, w), max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w).rstrip())
        return "".join(line + "\n" * l for line in lines)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w, l, c = max(2, w), max(1, l), max(2, c)
        colwidth = (w + 1) * 7 - 1
        gap = " " * c

        def row_text(columns):
            return gap.join(col.center(colwidth) for col in columns).rstrip() + "\n" * l

        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), "\n" * l]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append("\n" * l)
            out.append(row_text(self.formatmonthname(theyear, k, colwidth, False)
                                for k in months))
            out.append(row_text(header for _ in months))
            for j in range(max(len(cal) for cal in row)):
                out.append(row_text(self.formatweek(cal[j], w) if j < len(cal) else ""
                                    for cal in row))
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


_default = TextCalendar()


def firstweekday():
    return _default.getfirstweekday()


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _default.firstweekday = firstweekday


def monthcalendar(year, month):
    return _default.monthdayscalendar(year, month)


def prweek(theweek, width):
    _default.prweek(theweek, width)


def week(theweek, width):
    return _default.formatweek(theweek, width)


def weekheader(width):
    return _default.formatweekheader(width)


def prmonth(theyear, themonth, w=0, l=0):
    _default.prmonth(theyear, themonth, w, l)


def month(theyear, themonth, w=0, l=0):
    return _default.formatmonth(theyear, themonth, w, l)


def calendar(theyear, w=2, l=1, c=6, m=3):
    return _default.formatyear(theyear, w, l, c, m)


def prcal(theyear, w=0, l=0, c=6, m=3):
    _default.pryear(theyear, w, l, c, m)
