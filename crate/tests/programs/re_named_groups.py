import re

log = """2024-01-05 12:00:01 ERROR disk full on /dev/sda1
2024-01-05 12:00:09 INFO backup started
2024-01-06 08:30:00 WARNING cpu at 95%
2024-01-06 09:00:00 ERROR timeout after 30s"""

pattern = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) (?P<msg>.*)")
for m in pattern.finditer(log):
    print(m.group("date"), m["level"], repr(m.group("msg")), m.span("level"))
first = pattern.match(log)
print(first.groupdict())
print(first.group(1, 3), first.lastgroup, first.lastindex)
errors = [m["msg"] for m in pattern.finditer(log) if m["level"] == "ERROR"]
print(errors)

def shout(m):
    return m.group(0).upper()
print(re.sub(r"\b(?:disk|cpu)\b", shout, log.splitlines()[2]))
print(re.sub(r"(\d+)s\b", lambda m: f"{int(m[1]) * 1000}ms", "after 30s and 5s"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "on 2024-01-05"))
print(re.subn(r"a", "A", "banana"), re.split(r"[,;]\s*", "a, b;c,d"))
print(re.findall(r"(\w+)=(\d+)", "x=1 y=22 z=333"))
print(re.findall(r"\d+(?=%)", "cpu 95% mem 40% disk 7"))
print(re.findall(r"(?<=\$)\d+", "cost $30 or $45"))
print(re.fullmatch(r"[A-Z]{3}\d{3}", "ABC123") is not None, re.fullmatch(r"\d+", "12a"))
print(re.search(r"(?i)warning", log).group())
m = re.search(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.group(2))
try:
    first.group("nope")
except IndexError as e:
    print("IndexError:", e)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
