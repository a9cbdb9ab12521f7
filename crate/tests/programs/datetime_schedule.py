from datetime import date, datetime, timedelta, time

start = datetime(2024, 1, 29, 9, 30)
meetings = []
for i in range(5):
    when = start + timedelta(days=i * 2, hours=i)
    meetings.append(when)
for m in meetings:
    print(m.strftime("%a %d %b %Y %H:%M"), m.isoformat(), m.weekday(), m.date() == date(2024, 2, 2))
gap = meetings[-1] - meetings[0]
print(gap, gap.days, gap.seconds, gap.total_seconds(), repr(gap))
print(timedelta(hours=25, minutes=90), timedelta(seconds=-1), timedelta(days=1) / timedelta(hours=1))
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), (date(2024, 12, 25) - d).days)
print(d.replace(year=2023), d.isocalendar(), d.strftime("%j %U %w"), d.toordinal())
dt = datetime.strptime("2024-03-15 14:05:09", "%Y-%m-%d %H:%M:%S")
print(dt, repr(dt), dt.hour, dt.timetuple().tm_yday)
print(datetime.combine(d, time(8, 15)), time(23, 59, 59).isoformat(), time(7, 5).strftime("%I:%M %p"))
print(date.fromisoformat("2024-07-04").strftime("%B %d, %Y"), datetime.fromisoformat("2024-07-04T10:00:00"))
ages = {"ann": date(1990, 5, 17), "bob": date(2001, 12, 1)}
today = date(2024, 6, 1)
for name, born in ages.items():
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(name, age, born.strftime("%d/%m/%y"))
print(sorted(meetings, reverse=True)[0], max(ages, key=ages.get), min(ages.values()))
print(date(2024, 2, 30))
