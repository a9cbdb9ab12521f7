# The calendar module: leap years, month lengths, months and years as text.
import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.weekday(2024, 7, 4))
print(calendar.month_name[1], calendar.month_abbr[12], list(calendar.day_name), list(calendar.day_abbr))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=3, l=1))
calendar.prmonth(2021, 1)
print(calendar.weekheader(2), calendar.weekheader(9), calendar.timegm((2024, 1, 1, 12, 0, 0)))
print(calendar.calendar(2024))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 9))
print(list(cal.iterweekdays()), cal.monthdayscalendar(2024, 9)[0])
c = calendar.Calendar()
print([d.isoformat() for d in c.itermonthdates(2024, 3)][:3], len(list(c.itermonthdates(2024, 3))))
print(list(c.itermonthdays2(2024, 6))[:7])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6))
calendar.setfirstweekday(0)


def add_months(d_year, d_month, d_day, months):
    m = d_month - 1 + months
    y = d_year + m // 12
    m = m % 12 + 1
    return y, m, min(d_day, calendar.monthrange(y, m)[1])


print([add_months(2024, 1, 31, i) for i in range(5)])
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9), lambda: calendar.month(2024, 0)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
