# datetime: timedelta arithmetic, comparisons, sorting, and a learner's sums.
from datetime import date, datetime, time, timedelta, timezone

d = timedelta(days=1, hours=1)
print(d, repr(d), d.days, d.seconds, d.microseconds, d.total_seconds())
print(repr(timedelta()), repr(timedelta(weeks=2, minutes=3, milliseconds=4.5)))
print(timedelta(hours=-1), repr(timedelta(hours=-1)), timedelta(seconds=-0.5))
print(timedelta(days=3, hours=-1), timedelta(microseconds=1), timedelta(hours=1.5), timedelta(days=0.1))
print(timedelta(minutes=90) == timedelta(hours=1.5), timedelta(1) < timedelta(hours=25))
print(d + d, d - timedelta(days=2), -d, abs(-d), +d, d * 2, 3 * d, d * 0.5, d / 2, d / 3)
print(d / timedelta(hours=1), d // timedelta(hours=2), d % timedelta(hours=7), divmod(d, timedelta(hours=7)))
print(d // 4, timedelta(seconds=10) / 4, timedelta(seconds=1) * 1.1)
print(bool(timedelta(0)), bool(d), hash(d) == hash(timedelta(seconds=90000)))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(sum([timedelta(minutes=25), timedelta(minutes=50), timedelta(minutes=45)], timedelta()))

# Days until a date, and an age.
today = date(2024, 3, 15)
christmas = date(2024, 12, 25)
print((christmas - today).days, "days until Christmas")
born = date(1990, 7, 15)
age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print("age", age, "days lived", (today - born).days)
print(today + timedelta(weeks=6), today - timedelta(days=365), timedelta(days=10) + today)

# Adding 90 minutes, crossing midnight and the end of a year.
start = datetime(2023, 12, 31, 23, 0)
print(start + timedelta(minutes=90), start - timedelta(hours=24, seconds=1))
print(datetime(2024, 2, 28, 12) + timedelta(days=1), datetime(2023, 2, 28, 12) + timedelta(days=1))
print(datetime(2024, 3, 15, 17, 45) - datetime(2024, 3, 15, 9, 5))
elapsed = datetime(2024, 3, 16, 1, 2, 3) - datetime(2024, 3, 15, 22, 0)
hours, rest = divmod(elapsed.seconds, 3600)
print(elapsed, elapsed.total_seconds(), hours, rest // 60, rest % 60)
print(datetime(2024, 1, 1) - datetime(2024, 1, 2, 6))

# Aware arithmetic uses the offsets.
paris = timezone(timedelta(hours=1))
a = datetime(2024, 1, 1, 12, tzinfo=paris)
b = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(b - a, a < b, a + timedelta(hours=2), (a + timedelta(hours=2)).tzinfo)

# Sorting, min, max, dict keys, sets.
dates = [date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15), date(2023, 12, 31)]
print(sorted(dates), min(dates), max(dates), len(set(dates)))
events = {date(2024, 1, 1): "new year", date(2024, 12, 25): "christmas"}
print(events[date(2024, 12, 25)], date(2024, 1, 1) in events)
times = [time(12, 30), time(9), time(23, 59, 59), time(9, 0, 0, 1)]
print(sorted(times), time(9) == time(9, 0))
stamps = sorted([datetime(2024, 1, 1, 10), datetime(2024, 1, 1, 9, 30), datetime(2023, 6, 1)], reverse=True)
print(stamps)
print(date(2024, 1, 1) == datetime(2024, 1, 1), date(2024, 1, 1) != datetime(2024, 1, 1), date(2024, 1, 1) == "2024-01-01")

# Every Monday of a month.
day = date(2024, 4, 1)
mondays = []
while day.month == 4:
    if day.weekday() == 0:
        mondays.append(day.day)
    day += timedelta(days=1)
print(mondays)

# Errors, with CPython's types and messages.
def attempt(text):
    try:
        result = eval(text)
    except Exception as e:
        print(f"{text}: {type(e).__name__}: {e}")
    else:
        print(f"{text} = {result!r}")

for text in ["date(2024, 13, 1)", "date(2024, 2, 30)", "date(0, 1, 1)", "date('2024', 1, 1)",
             "date(2024, 1, 1) + 1", "1 + date(2024, 1, 1)", "date(2024, 1, 1) < 5",
             "date(2024, 1, 1) < datetime(2024, 1, 1)", "datetime(2024, 1, 1) - date(2024, 1, 1)",
             "timedelta(days=1e9)", "timedelta('a')", "timedelta(1) + 1", "timedelta(1) < 1",
             "timedelta(1) / 0", "timedelta(1) // timedelta(0)", "datetime(2024, 1, 1, 24)",
             "datetime(2024, 1, 1, 1, 60)", "time(0, 0, 60)", "time(microsecond=10**6)",
             "datetime(2024, 1, 1, tzinfo=1)", "timezone(timedelta(hours=24))", "timezone(5)",
             "date.max + timedelta(days=1)", "datetime.min - timedelta(1)", "date.fromordinal(0)",
             "datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)",
             "datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)",
             "datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc)",
             "time(1, tzinfo=timezone.utc) < time(2)", "date(2024, 1, 1).replace(month=2, day=30)",
             "date.fromisocalendar(2024, 53, 1)", "datetime(2024, 1, 1).foo"]:
    attempt(text)
