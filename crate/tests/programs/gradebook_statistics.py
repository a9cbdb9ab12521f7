import statistics
from collections import defaultdict

raw = """name,subject,score
Ann,math,91
Ben,math,78
Cid,math,85
Ann,art,88
Ben,art,95
Cid,art,70
Dee,math,100
Dee,art,64
Ann,bio,79
Ben,bio,82
"""

scores = defaultdict(dict)
by_subject = defaultdict(list)
for line in raw.strip().splitlines()[1:]:
    name, subject, score = line.split(",")
    scores[name][subject] = int(score)
    by_subject[subject].append(int(score))

def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"

print(f"{'Name':<6}|{'Avg':>7} |{'Best':>6} | Grade")
print("-" * 30)
for name, subj in sorted(scores.items(), key=lambda kv: -statistics.mean(kv[1].values())):
    avg = statistics.mean(subj.values())
    best = max(subj, key=subj.get)
    print(f"{name:<6}|{avg:>7.2f} |{best:>6} | {letter(avg)}")

for subject, vals in sorted(by_subject.items()):
    print(subject, statistics.mean(vals), statistics.median(vals),
          round(statistics.stdev(vals), 3), statistics.mode(vals), min(vals), max(vals))

all_scores = [s for vals in by_subject.values() for s in vals]
print(statistics.mean(all_scores), statistics.median_low(all_scores), statistics.median_high(all_scores))
print(statistics.quantiles(all_scores, n=4))
print(round(statistics.pvariance(all_scores), 4), statistics.fmean([1, 2, 4]))
print(statistics.multimode("aabbbccdd" + "dd"))
print(statistics.harmonic_mean([40, 60]), round(statistics.geometric_mean([1, 4, 16]), 9))
ranked = sorted(((s, n) for n, d in scores.items() for s in d.values()), reverse=True)[:3]
print(ranked)
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
print(scores["Eve"])
