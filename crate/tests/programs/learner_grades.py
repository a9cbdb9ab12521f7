students = {
    "Ann": [88, 92, 79, 94],
    "Ben": [72, 65, 80],
    "Cleo": [95, 98, 100, 91, 99],
    "Dev": [],
    "Eve": [55, 61, 58],
}
def average(scores):
    if not scores:
        raise ZeroDivisionError("no scores")
    return sum(scores) / len(scores)
def letter(avg):
    if avg >= 90: return "A"
    elif avg >= 80: return "B"
    elif avg >= 70: return "C"
    elif avg >= 60: return "D"
    return "F"
print(f"{'Name':<6}|{'Avg':>7}|{'Grade':^7}|{'Best':>5}")
print("-" * 28)
report = {}
for name, scores in students.items():
    try:
        avg = average(scores)
    except ZeroDivisionError as e:
        print(f"{name:<6}|{'n/a':>7}|{'-':^7}|{'-':>5}  ({e})")
        continue
    report[name] = (avg, letter(avg))
    print(f"{name:<6}|{avg:>7.2f}|{letter(avg):^7}|{max(scores):>5}")
ranked = sorted(report.items(), key=lambda kv: kv[1][0], reverse=True)
for rank, (name, (avg, g)) in enumerate(ranked, start=1):
    print(f"{rank}. {name} ({avg:.1f}, {g})")
all_scores = [s for ss in students.values() for s in ss]
mean = sum(all_scores) / len(all_scores)
var = sum((s - mean) ** 2 for s in all_scores) / (len(all_scores) - 1)
print(f"n={len(all_scores)} mean={mean:.3f} sd={var ** 0.5:.3f} median={sorted(all_scores)[len(all_scores) // 2]}")
import statistics
print(statistics.mean(all_scores), statistics.median(all_scores), statistics.stdev(all_scores), statistics.mode([1, 2, 2, 3]), statistics.pstdev([1, 2, 3, 4]), statistics.variance([2.5, 3.5, 4.0]), statistics.median_low([1, 3, 5, 7]), statistics.quantiles(all_scores, n=4), statistics.fmean([1, 2, 4]), statistics.geometric_mean([1, 4]), statistics.harmonic_mean([2, 4]), statistics.multimode("aabbc"))
hist = {}
for s in all_scores:
    bucket = s // 10 * 10
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(f"{b:3d}-{b + 9:<3d} {'*' * hist[b]}")
passed = {n for n, (a, _) in report.items() if a >= 60}
print(sorted(passed), sorted(set(students) - passed))
curve = {n: [min(100, s + 5) for s in ss] for n, ss in students.items()}
print(curve)
top = max(report, key=lambda n: report[n][0])
print(f"Top student: {top}!", "Congratulations" if report[top][1] == "A" else "")
names = list(students)
print(names[::2], names[-2:], names[1:-1], list(zip(names, map(len, students.values()))))
print(any(len(s) == 0 for s in students.values()), all(isinstance(s, list) for s in students.values()))
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print(i, end=" ")
else:
    print("never")
print()
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=",")
print()
print(statistics.mean([]) if False else "", end="")
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(type(e).__name__, e)
