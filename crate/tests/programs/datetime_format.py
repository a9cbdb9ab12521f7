# datetime: strftime, strptime, format() and f-strings, ISO strings.
from datetime import date, datetime, time, timedelta, timezone

moment = datetime(2024, 3, 5, 14, 7, 9, 45)
print(moment.strftime("%Y-%m-%d %H:%M:%S"))
print(moment.strftime("%d/%m/%y %I:%M %p"), moment.strftime("%A %d %B %Y"), moment.strftime("%a %b %e"))
print(moment.strftime("day %j of the year, week %U/%W, ISO %G-W%V-%u, weekday %w"))
print(moment.strftime("%c | %x | %X | %f | %% | %Z%z | %D %F %T %R %C"))
print(datetime(2024, 3, 5, 0, 30).strftime("%I %p"), datetime(2024, 3, 5, 12, 30).strftime("%I %p"))
aware = moment.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30), "NST"))
print(aware.strftime("%H:%M %Z %z"), aware.replace(tzinfo=timezone.utc).strftime("%Z %z"))
print(date(2024, 12, 30).strftime("%G %V %Y %U %W"), time(18, 45).strftime("%H:%M %p"))
print(f"{moment:%d.%m.%Y}", "{:%H:%M}".format(moment), format(date(2024, 1, 2)), f"{date(2024, 1, 2)}")
print(f"Meeting on {moment:%A, %B %d} at {moment:%I:%M %p}")
print(f"{moment!r}", f"{timedelta(hours=2, minutes=5)}", f"{time(8)}")

for text, fmt in [("2024-03-05", "%Y-%m-%d"), ("05/03/24 14:07", "%d/%m/%y %H:%M"),
                  ("March 5, 2024", "%B %d, %Y"), ("5 mar 2024 2:07 PM", "%d %b %Y %I:%M %p"),
                  ("Tue Mar  5 14:07:09 2024", "%a %b %d %H:%M:%S %Y"),
                  ("2024-03-05T14:07:09.5", "%Y-%m-%dT%H:%M:%S.%f"),
                  ("2024-03-05 14:07 +0530", "%Y-%m-%d %H:%M %z"), ("12:30", "%H:%M"),
                  ("2024 65", "%Y %j"), ("99-1-2", "%y-%m-%d"), ("2024-W10-2", "%G-W%V-%u"),
                  ("2024-13-05", "%Y-%m-%d"), ("2024-03-05 extra", "%Y-%m-%d"),
                  ("2023-02-29", "%Y-%m-%d"), ("2024/03/05", "%Y-%m-%d")]:
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print("ValueError:", e)

for text in ["2024-03-05", "20240305", "2024-W10-2", "2024-03-05T14:07", "2024-03-05 14:07:09.123456",
             "2024-03-05T14:07:09Z", "2024-03-05T14:07:09-08:00", "2024-03-05T1407", "2024-3-5", "2024-03-05T25:00"]:
    try:
        print(repr(datetime.fromisoformat(text)))
    except ValueError as e:
        print("ValueError:", e)
print(repr(date.fromisoformat("2024-03-05")), repr(time.fromisoformat("14:07:09.5+01:00")))
try:
    date.fromisoformat("2024-03-05T10:00")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.fromisoformat(20240305)
except TypeError as e:
    print("TypeError:", e)

# A log line's timestamp, parsed and shown again.
line = "2024-03-05 14:07:09 ERROR disk full"
stamp = datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S")
print(stamp.strftime("%b %d at %H:%M"), (stamp + timedelta(minutes=90)).strftime("%H:%M"))
print(datetime(2024, 1, 1).isoformat(sep=" ", timespec="seconds"), time(1, 2, 3, 4).isoformat(timespec="microseconds"))
try:
    datetime(2024, 1, 1).isoformat(timespec="days")
except ValueError as e:
    print("ValueError:", e)
