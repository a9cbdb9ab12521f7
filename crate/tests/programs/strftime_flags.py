from datetime import datetime, date, time
dt = datetime(2024, 3, 5, 7, 8, 9, 1234)
for f in ["%-d", "%-m", "%-H", "%-I", "%-M", "%-S", "%-j", "%-y", "%_d", "%0d", "%0e", "%-e", "%^a", "%#b", "%^B", "%#A", "%#p", "%^p", "%e", "%k", "%l", "%P", "%D", "%T", "%R", "%r", "%h", "%C", "%g", "%u", "%w", "%F", "%10Y", "%_5d", "%-5d", "%05e", "%Ey", "%Od", "%^10B|", "%_m/%_d", "%#Z", "%-f", "%-%", "%_3j", "%3a", "%-", "%G-%V", "%^c", "%-I:%M %p", "%A, %B %-d, %Y"]:
    print(repr(f), repr(dt.strftime(f)), repr(date(2021, 1, 1).strftime(f)), repr(datetime(2000, 12, 31, 23).strftime(f)))
print(time(15, 4).strftime("%-I:%M %p %k %l"))
