"""Calendars: leap years, the days of a month, and months and years as text
(`calendar.month(2024, 2)`), in English, weeks starting on Monday unless
`setfirstweekday` says otherwise.

Written from the documented behaviour of CPython's calendar module. Not
here: HTMLCalendar and the locale calendars."""

import datetime

__all__ = [
    "IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
    "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
    "monthcalendar", "prmonth", "month", "prcal", "calendar", "timegm",
    "month_name", "month_abbr", "day_name", "day_abbr", "Calendar",
    "TextCalendar", "weekheader", "MONDAY", "TUESDAY", "WEDNESDAY",
    "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "error",
]

error = ValueError


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


MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["", "January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"]
day_name = _DAYS
day_abbr = [d[:3] for d in _DAYS]
month_name = _MONTHS
month_abbr = [m[:3] for m in _MONTHS]

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def isleap(year):
    """Whether `year` is a leap year."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """How many leap years there are in [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """The day of the week (0 is Monday) of the date."""
    if not 1 <= year <= 9999:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _check_month(month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)


def monthrange(year, month):
    """The weekday of the month's first day, and how many days it has."""
    _check_month(month)
    days = _DAYS_IN_MONTH[month] + (month == 2 and isleap(year))
    return weekday(year, month, 1), days


def timegm(tuple):
    """The seconds since the epoch of a UTC time tuple."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - datetime.date(1970, 1, 1).toordinal() + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


class Calendar:
    """The days of months, in weeks that start on `firstweekday`."""

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
        """(day, weekday) for each place of the month's weeks; day 0 outside it."""
        first, days = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        for i in range(before):
            yield 0, (self.firstweekday + i) % 7
        for d in range(1, days + 1):
            yield d, (first + d - 1) % 7
        after = (7 - (before + days) % 7) % 7
        for i in range(after):
            yield 0, (first + days + i) % 7

    def itermonthdays(self, year, month):
        for d, _ in self.itermonthdays2(year, month):
            yield d

    def itermonthdates(self, year, month):
        first = datetime.date(year, month, 1)
        before = (first.weekday() - self.firstweekday) % 7
        day = first - datetime.timedelta(days=before)
        while True:
            yield day
            day += datetime.timedelta(days=1)
            if (day.month != month or day.year != year) and day.weekday() == self.firstweekday:
                return

    def monthdays2calendar(self, year, month):
        days = list(self.itermonthdays2(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdayscalendar(self, year, month):
        days = list(self.itermonthdays(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdatescalendar(self, year, month):
        dates = list(self.itermonthdates(year, month))
        return [dates[i:i + 7] for i in range(0, len(dates), 7)]

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]


class TextCalendar(Calendar):
    """Months and years as plain text."""

    def formatday(self, day, weekday, width):
        text = "" if day == 0 else "%2i" % day
        return text.center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        text = month_name[themonth]
        if withyear:
            text = "%s %r" % (text, theyear)
        return text.center(width)

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip()]
        lines.append(self.formatweekheader(w).rstrip())
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w).rstrip())
        return ("\n" * l).join(lines) + "\n" * l

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        rows = []
        rows.append(repr(theyear).center(colwidth * m + c * (m - 1)).rstrip())
        rows.append("\n" * l)
        header = self.formatweekheader(w)
        for i in range(0, 12, m):
            months = range(i + 1, min(i + m, 12) + 1)
            rows.append("\n" * l)
            names = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            rows.append(_columns(names, colwidth, c).rstrip())
            rows.append("\n" * l)
            rows.append(_columns((header for _ in months), colwidth, c).rstrip())
            rows.append("\n" * l)
            weeks = [self.monthdays2calendar(theyear, k) for k in months]
            for j in range(max(len(cal) for cal in weeks)):
                cells = []
                for cal in weeks:
                    cells.append("" if j >= len(cal) else self.formatweek(cal[j], w))
                rows.append(_columns(cells, colwidth, c).rstrip())
                rows.append("\n" * l)
        return "".join(rows)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


def _columns(cells, colwidth, spacing):
    return (" " * spacing).join(cell.center(colwidth) for cell in cells)


c = TextCalendar()
firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear
