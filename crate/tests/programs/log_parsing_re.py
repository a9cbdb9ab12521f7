import re
from collections import defaultdict, Counter

LOG = """\
2024-03-01 12:00:01 INFO  [auth] user=alice action=login ip=10.0.0.1
2024-03-01 12:00:05 WARN  [auth] user=bob action=login ip=10.0.0.2 reason="bad password"
2024-03-01 12:01:10 ERROR [db] query failed: timeout after 30s
2024-03-01 12:02:00 INFO  [auth] user=alice action=logout ip=10.0.0.1
2024-03-01 12:03:33 INFO  [web] GET /index.html 200 512
2024-03-01 12:03:34 INFO  [web] GET /missing 404 0
2024-03-01 12:04:00 ERROR [web] POST /api/save 500 17
garbage line here
"""

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>\w+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)$")
KV = re.compile(r'(\w+)=("[^"]*"|\S+)')

by_level = Counter()
by_module = defaultdict(list)
bad = []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    by_level[d["level"]] += 1
    by_module[d["mod"]].append(d["time"])
    pairs = {k: v.strip('"') for k, v in KV.findall(d["msg"])}
    if pairs:
        print(n, d["level"], pairs)

print(by_level.most_common())
print(dict(by_module))
print("bad lines:", bad)
web = re.findall(r"(GET|POST) (\S+) (\d{3})", LOG)
print(web)
statuses = [int(s) for *_, s in web]
print(sum(s >= 400 for s in statuses), "errors of", len(statuses))
print(re.sub(r"ip=(\d+)\.(\d+)\.\d+\.\d+", r"ip=\1.\2.x.x", LOG.splitlines()[0]))
print(re.split(r"\s*[\[\]]\s*", LOG.splitlines()[2]))
for m in re.finditer(r"(\d+)s\b", LOG):
    print(m.group(0), m.start(), m.end())
print(re.sub(r"\d", lambda m: str(9 - int(m.group())), "2024-03-01"))
print(re.fullmatch(r"[a-z]+", "abc1"), re.fullmatch(r"[a-z]+\d", "abc1"))
