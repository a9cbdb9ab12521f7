import re
from collections import Counter, defaultdict, OrderedDict

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. Don't stop; e-mail me at
someone@example.com or call 555-123-4567 (ext. 89)!"""

words = re.findall(r"[a-z']+", text.lower())
print(len(words), len(set(words)))
c = Counter(words)
print(c.most_common(5))
print(c["was"], c["missing"])
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
lengths = Counter(len(w) for w in words)
for n in sorted(lengths):
    print(f"{n:2d} {'#' * lengths[n]}")
print(re.sub(r"\s+", " ", text)[:60])
print(re.split(r"[,.;!]\s*", text)[:4])
print(re.search(r"(\w+)@(\w+)\.com", text).groups())
m = re.search(r"(?P<area>\d{3})-(?P<ex>\d{3})-(?P<num>\d{4})", text)
print(m.group(0), m.group("area"), m.groupdict(), m.span(), m.start("num"))
print(re.findall(r"\b[A-Z]\w*", text))
print([m.group() for m in re.finditer(r"\bepoch\b", text)])
print(re.sub(r"(\w+) of (\w+)", r"\2-\1", "age of wisdom and season of light"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"))
print(re.match(r"it", text, re.I).group())
pat = re.compile(r"""
    (?P<word>[a-z]+)   # a word
    \s+of\s+           # of
    (?P<obj>[a-z]+)
""", re.VERBOSE | re.IGNORECASE)
print(pat.findall(text)[:3])
print(pat.pattern.count("\n"), pat.flags & re.VERBOSE != 0)
print(re.escape("a.b*c?"))
print(re.subn("was", "is", text)[1])
first = defaultdict(list)
for w in words:
    first[w[0]].append(w)
print({k: len(v) for k, v in sorted(first.items())})
sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
print(len(sentences))
for s in sentences:
    print(len(s.split()), s[:30].replace("\n", " "))
c2 = Counter("mississippi")
print(c2, c2 + Counter("miss"), c2 - Counter("sis"), c2 & Counter("ssp"), c2 | Counter("zz"))
print(list(c2.elements()))
print(c2.total())
c2.subtract("ii")
print(c2)
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
print(od, list(od))
od.popitem(last=False)
print(od)
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print(f"vowels: {vowels}, ratio {vowels/len(text):.3%}")
print(text.count("it was"), text.find("age"), text.rfind("age"), text.index("epoch"))
print(max(words, key=len), min(words, key=lambda w: (len(w), w)))
