from collections import namedtuple, defaultdict
import csv
import io

DATA = """id,name,house,score,year
1,Harry,Gryffindor,72,3
2,Hermione,Gryffindor,99,3
3,Draco,Slytherin,81,3
4,Luna,Ravenclaw,88,2
5,Cedric,Hufflepuff,85,5
6,Cho,Ravenclaw,79,4
7,Neville,Gryffindor,64,3
"""

Student = namedtuple("Student", "id name house score year")
students = [Student(int(r["id"]), r["name"], r["house"], int(r["score"]), int(r["year"]))
            for r in csv.DictReader(io.StringIO(DATA))]
print(students[1])
houses = defaultdict(list)
for s in students:
    houses[s.house].append(s)
for house, members in sorted(houses.items(), key=lambda kv: -sum(m.score for m in kv[1]) / len(kv[1])):
    avg = sum(m.score for m in members) / len(members)
    best = max(members, key=lambda m: m.score)
    print(f"{house:<11} n={len(members)} avg={avg:6.2f} best={best.name}")
by_year = {}
for s in students:
    by_year.setdefault(s.year, []).append(s.name)
print(dict(sorted(by_year.items())))
top = sorted(students, key=lambda s: (-s.score, s.name))[:3]
print([f"{i}. {s.name} ({s.score})" for i, s in enumerate(top, 1)])
out = io.StringIO()
w = csv.writer(out)
w.writerow(["house", "count"])
w.writerows(sorted((h, len(m)) for h, m in houses.items()))
print(out.getvalue(), end="")
dw = io.StringIO()
writer = csv.DictWriter(dw, fieldnames=["name", "score"], extrasaction="ignore")
writer.writeheader()
for s in top:
    writer.writerow(s._asdict())
print(dw.getvalue().replace("\r\n", "|"))
print(Student._make(["8", "Ron", "Gryffindor", "70", "3"]).score + 1)
