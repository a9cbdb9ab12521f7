from datetime import datetime, date, time, timedelta, timezone
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat(), d.strftime("%A %d %B %Y"), d.replace(day=1), d.toordinal(), d.isocalendar())
dt = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.date(), dt.time(), dt.strftime("%Y-%m-%d %H:%M:%S.%f %j %U %W %a %b %p %I %y %%"), dt.timestamp() if False else "")
delta = datetime(2024, 3, 1) - datetime(2023, 1, 15, 12)
print(delta, repr(delta), delta.days, delta.seconds, delta.total_seconds(), delta // timedelta(hours=1), delta / timedelta(days=7))
print(timedelta(days=-1, seconds=5), timedelta(hours=25), timedelta(microseconds=1), -timedelta(minutes=90), abs(timedelta(-3)), timedelta(weeks=2) * 1.5, timedelta(seconds=7) % timedelta(seconds=3))
print(datetime.strptime("2024-07-04 18:30", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2024-01-02T03:04:05"), date.fromisoformat("2020-02-29"))
print(datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=5, minutes=30))).isoformat(), timezone.utc, timezone(timedelta(hours=-8)))
utc = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(utc.astimezone(timezone(timedelta(hours=2))), utc.utcoffset(), utc.tzname())
print(time(14, 5), time(9, 30, 15, 500).isoformat(), time(23, 59).strftime("%I:%M %p"))
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2020, 5, 5), date(2019, 1, 1)), sorted([date(2022, 1, 1), date(2021, 6, 1)]))
bdays = {"ann": date(1990, 5, 17), "bob": date(1985, 12, 2)}
today = date(2024, 5, 10)
for name, b in sorted(bdays.items()):
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    nxt = b.replace(year=today.year)
    if nxt < today:
        nxt = nxt.replace(year=today.year + 1)
    print(f"{name}: {age} years, next in {(nxt - today).days} days, born on a {b:%A}")
print(f"{dt:%d/%m/%Y}", f"{d:%b %-d}" if False else "", format(d, "%Y"), str(timedelta(0)), date.min, date.max, datetime(2024, 1, 1).strftime("%c"), datetime(2024, 1, 1).strftime("%x %X"))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    datetime.strptime("2024/01/01", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    date(2024, 1, 1) - datetime(2024, 1, 1)
except TypeError as e:
    print(e)
print((date(2024, 3, 10) - date(2024, 1, 1)).days, date(2024, 12, 31).timetuple().tm_yday, datetime.combine(date(2000, 1, 1), time(8)))
week = [d + timedelta(days=i) for i in range(7)]
print([x.strftime("%a") for x in week])
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
print(timedelta(days=1, hours=2, minutes=3, seconds=4.5), timedelta(days=400).days, str(timedelta(days=-2, hours=3)))
print(datetime(2024, 1, 31) + timedelta(days=30), datetime(2024, 3, 31, 1).replace(month=4, day=30))
print(date(2024, 1, 1).strftime("%G-W%V-%u"), datetime(2024, 5, 6, 7, 8, 9).strftime("%H%M%S %e"))
