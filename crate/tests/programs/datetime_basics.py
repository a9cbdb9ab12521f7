# datetime: making dates and times, reading their parts, printing them.
import datetime
from datetime import date, time, datetime as DateTime, timedelta, timezone

print(datetime.MINYEAR, datetime.MAXYEAR)
birthday = date(1990, 7, 15)
print(birthday, repr(birthday), birthday.year, birthday.month, birthday.day)
print(birthday.weekday(), birthday.isoweekday(), birthday.toordinal())
print(birthday.isocalendar(), birthday.isocalendar().week, tuple(birthday.isocalendar()))
print(birthday.replace(year=2000), birthday.ctime())
print(date.fromordinal(730000), date.fromisoformat("2024-02-29"), date.fromisocalendar(2024, 10, 3))
print(date.min, date.max, date.resolution)

meeting = DateTime(2024, 3, 15, 14, 30)
print(meeting, repr(meeting))
print(repr(DateTime(2024, 3, 15, 14, 30, 5)), repr(DateTime(2024, 3, 15, 14, 30, 5, 250)))
print(meeting.date(), meeting.time(), repr(meeting.time()))
print(meeting.hour, meeting.minute, meeting.second, meeting.microsecond, meeting.tzinfo)
print(DateTime.combine(date(2024, 1, 1), time(9, 15)))
print(DateTime.fromisoformat("2024-03-15T14:30:00"), DateTime.fromisoformat("2024-03-15 08:05:09.123"))
print(DateTime.fromisoformat("2024-03-15T14:30:00+02:00"))
print(meeting.isoformat(), meeting.isoformat(" "), meeting.isoformat(timespec="minutes"))
print(DateTime(2024, 1, 1, 0, 0, 0, 1500).isoformat(timespec="milliseconds"))
print(DateTime.min, DateTime.max)

t = time(7, 5, 3)
print(t, repr(t), repr(time()), t.isoformat(timespec="hours"), time.fromisoformat("23:59:01.5"))
print(time.min, time.max, repr(time(1, tzinfo=timezone.utc)))

# Time zones with fixed offsets.
tokyo = timezone(timedelta(hours=9), "JST")
print(timezone.utc, repr(timezone.utc), tokyo, repr(tokyo))
print(repr(timezone(timedelta(hours=-5, minutes=-30))), timezone(timedelta(hours=-5, minutes=-30)))
launch = DateTime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(launch, repr(launch), launch.tzname(), launch.utcoffset())
print(launch.astimezone(tokyo), launch.astimezone(tokyo).tzname())
print(launch.timestamp(), DateTime.fromtimestamp(0, timezone.utc))
print(DateTime.utcfromtimestamp(1700000000), DateTime.fromtimestamp(1700000000.25))
print(DateTime(2024, 6, 1, 21, tzinfo=tokyo) == launch, timezone(timedelta(0)) is timezone.utc)

# now() and today() are the clock's: only what does not change is printed.
now = DateTime.now()
print(type(now).__name__, type(date.today()).__name__, now <= DateTime.now())
print(DateTime.now(timezone.utc).tzinfo, date.today() >= date(2024, 1, 1))
print(type(datetime.datetime.utcnow()), type(datetime.date), type(now.timestamp()))

# A subclass keeps its own name and class.
class Birthday(date):
    def age_on(self, day):
        years = day.year - self.year
        if (day.month, day.day) < (self.month, self.day):
            years -= 1
        return years

b = Birthday(2000, 2, 29)
print(repr(b), b.age_on(date(2024, 2, 28)), b.age_on(date(2024, 2, 29)))
print(type(b + timedelta(days=1)).__name__, type(b.replace(day=1)).__name__)
print(isinstance(meeting, date), issubclass(DateTime, date), isinstance(timezone.utc, datetime.tzinfo))
