# csv: reader, writer, DictReader and DictWriter over io.StringIO and lists of lines.
import csv, io
rows = [["name", "age", "note"], ["Ann", 30, "likes, commas"], ["Bob", 4.5, 'says "hi"'], ["Cy", None, "two\nlines"], [""], [], ["x y", 7, " lead"]]
for q in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    buf = io.StringIO()
    w = csv.writer(buf, quoting=q)
    for r in rows:
        n = w.writerow(r)
    print(q, repr(buf.getvalue()), n)
    back = list(csv.reader(io.StringIO(buf.getvalue(), newline=""), quoting=q))
    print(back)
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quotechar="'", lineterminator="\n")
w.writerows([["a;b", "c'd", "e"], [1, 2, 3]])
print(repr(buf.getvalue()))
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"q', "plain"])
print(repr(buf.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e, type(e).__module__)
text = "id,name,score\n1,Ann,90\n2,Bob,85\n\n3,\"Smith, J\",77\n"
r = csv.reader(io.StringIO(text))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["a,b", "c,\"d\"\"e\"", "  x,  y"], skipinitialspace=True)))
print(list(csv.reader(["a\tb\tc"], delimiter="\t")), list(csv.reader(['"multi', 'line",z'])))
print(list(csv.reader(["a,b\r\n", "c,d\n"])))
dr = csv.DictReader(io.StringIO(text))
print(dr.fieldnames)
for d in dr:
    print(d["name"], int(d["score"]) + 1, d)
print(list(csv.DictReader(["a,b", "1,2,3", "4"], restkey="extra", restval="?")))
print(list(csv.DictReader(["1,2"], fieldnames=["x", "y"])))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "age"])
dw.writeheader()
dw.writerow({"name": "Ann", "age": 30})
dw.writerows([{"name": "Bob"}, {"age": 5, "name": "Cy, Jr"}])
print(repr(out.getvalue()))
try:
    dw.writerow({"name": "x", "height": 3})
except ValueError as e:
    print("ValueError:", e)
print(csv.list_dialects(), csv.get_dialect("excel").delimiter, repr(csv.excel.lineterminator))
buf = io.StringIO(); csv.writer(buf, dialect="unix").writerow(["a", 1]); print(repr(buf.getvalue()))
buf = io.StringIO(); csv.writer(buf, dialect="excel-tab").writerow(["a b", "c\td"]); print(repr(buf.getvalue()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
buf = io.StringIO(); csv.writer(buf, "pipes").writerow(["a", 1]); print(repr(buf.getvalue()))
print(list(csv.reader(["1.5,abc,'x'"], quoting=csv.QUOTE_NONNUMERIC, quotechar="'")) if False else "")
try:
    list(csv.reader(["1.5,abc"], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError:", e)
print(list(csv.reader(["1.5,\"abc\",2"], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b"c,d'])), list(csv.reader(['a,b"c"d,e'])))
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("Error:", e)
lines = "x,y\n1,2\n".splitlines()
print(list(csv.reader(lines)))
list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC))
