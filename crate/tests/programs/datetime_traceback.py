# An uncaught error from datetime: CPython's module is written in C, so the
# traceback shows only the program's own lines.
import traceback
from datetime import date, datetime, timedelta


def next_birthday(born, today):
    this_year = born.replace(year=today.year)
    if this_year < today:
        this_year = this_year.replace(year=today.year + 1)
    return this_year


print(next_birthday(date(1990, 7, 15), date(2024, 3, 1)))
try:
    next_birthday(date(2000, 2, 29), date(2023, 3, 1))
except ValueError:
    traceback.print_exc()
print(datetime(2024, 1, 1) + timedelta(minutes=90))
print(next_birthday(date(2000, 2, 29), date(2025, 1, 1)))
