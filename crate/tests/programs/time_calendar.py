# time's calendar functions: gmtime, localtime (UTC here), mktime, asctime, ctime,
# strftime, strptime and struct_time.
import time
t = time.gmtime(0); print(repr(t), t[0], len(t), tuple(t), t.tm_year, t.tm_yday)
print(time.asctime(time.gmtime(86400*365.25*30)), time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1e9)), time.mktime(time.gmtime(1e9)))
print(time.strptime('2024-03-05', '%Y-%m-%d'))
for s in (0, 1e9, 951782400, 4102444800, -86400 * 365, 1709596800.7):
    g = time.gmtime(s)
    print(tuple(g), time.asctime(g), time.strftime("%a %d %b %Y %j %U %p", g), time.mktime(g))
print(time.ctime(1e9), isinstance(time.localtime(), time.struct_time), type(time.time()), time.timezone)
year, month, *rest = time.gmtime(1e9); print(year, month, rest)
print(time.gmtime(1e9) == (2001, 9, 9, 1, 46, 40, 6, 252, 0))
