# The csv module: reader, writer, DictReader, DictWriter and their options.
import csv, io
text = 'name,age,city\nAnn,30,"New York, NY"\nBob,25,LA\n"Quote ""Q""",40,SF\n'
reader = csv.reader(io.StringIO(text))
header = next(reader)
print(header)
for row in reader:
    print(row)
dr = csv.DictReader(io.StringIO(text))
rows = list(dr)
print(rows[0], dr.fieldnames)
print(sum(int(r["age"]) for r in rows) / len(rows))
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'd"e', 1, 2.5, None])
w.writerows([[1, 2], ["x y", ""]])
print(repr(out.getvalue()))
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["name", "score"])
dw.writeheader(); dw.writerow({"name": "Ann", "score": 9}); dw.writerows([{"name": "Bob", "score": 7}])
print(out2.getvalue(), end="")
for row in csv.reader(["a;b;c", "1;2;3"], delimiter=";"):
    print(row)
print(list(csv.reader(["  a, b"], skipinitialspace=True)), list(csv.reader(['"multi\nline",x'])))
o = io.StringIO(); csv.writer(o, quoting=csv.QUOTE_ALL).writerow(["a", 1]); print(o.getvalue(), end="")
o = io.StringIO(); csv.writer(o, lineterminator="\n").writerow(["x", "y"]); print(repr(o.getvalue()))
rows = [["id", "name", "note"], [1, "Ann", 'said "hi"'], [2, "Bob, Jr.", ""], [3, "Multi\nline", None], [4, " pad", 2.5]]
for q in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    buf = io.StringIO()
    csv.writer(buf, quoting=q).writerows(rows)
    print(repr(buf.getvalue()))
    back = list(csv.reader(io.StringIO(buf.getvalue()), quoting=q))
    print(back)
buf = io.StringIO(); w = csv.writer(buf, delimiter="\t", lineterminator="\n"); w.writerow(["a\tb", "c"]); w.writerow([""]); w.writerow([]); print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), delimiter="\t")))
text = "name,qty,price\nwidget,3,2.50\ngadget,,10\n\nthing,1,1,extra\n"
for r in csv.DictReader(io.StringIO(text)):
    print(r)
dr = csv.DictReader(io.StringIO(text), fieldnames=["a", "b"], restkey="rest", restval="?")
print(list(dr)[:3])
inv = list(csv.DictReader(io.StringIO(text)))
total = sum(int(r["qty"] or 0) * float(r["price"]) for r in inv)
print(f"total={total:.2f}")
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "qty"], extrasaction="ignore", lineterminator="\n")
dw.writeheader(); dw.writerows(inv); print(out.getvalue())
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
print(list(csv.reader(['a,"b,c",d', '"x""y",z', 'q,', ',', '""', ' "s" ,t'])))
print(list(csv.reader(["a;b"], delimiter=";")), csv.list_dialects()[:2], csv.QUOTE_ALL, csv.excel.delimiter)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE)
print(list(csv.reader(["1|2|3"], dialect="pipes")))
try:
    list(csv.reader(["a,b"], delimiter="::"))
except TypeError as e:
    print("TypeError:", e)
rd = csv.reader(["h1,h2", "1,2", "3,4"]); next(rd); print([list(map(int, r)) for r in rd], rd.line_num)
