from collections import Counter
import re
import string

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

words = re.findall(r"[a-z']+", text.lower())
counts = Counter(words)
print(len(words), len(counts))
for word, n in counts.most_common(5):
    print(f"{word:8} {n:2} {'#' * n}")
stop = {"it", "was", "the", "of"}
content = Counter(w for w in words if w not in stop)
print(content.most_common(4))
print(sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
letters = Counter(c for c in text.lower() if c in string.ascii_lowercase)
print(letters.most_common(3), letters["z"], sum(letters.values()))
sentences = [s.strip() for s in text.replace("\n", " ").split(",")]
print(len(sentences), max(sentences, key=len))
longest = max(words, key=len)
print(longest, len(longest), words.index("age"), text.count("it was"))
first_letters = Counter(w[0] for w in words)
print("".join(sorted(first_letters)), first_letters.total() if hasattr(first_letters, "total") else None)
c1, c2 = Counter("abracadabra"), Counter("alakazam")
print(c1 & c2, c1 | c2, c1 - c2, +Counter({"x": -1, "y": 2}))
capitalized = [w for w in re.findall(r"\b[A-Z]\w*", text)]
print(capitalized, " ".join(w.capitalize() for w in "hello big world".split()))
print(string.capwords("the season of light"), "x".center(7, "*"), "title case".title())
