def parse_row(row):
    name, qty, price = row.split(";")
    return {"name": name, "qty": int(qty), "price": float(price)}

def load(lines):
    return [parse_row(l) for l in lines]

def summarize(rows):
    total = 0
    for r in rows:
        total += r["qty"] * r["price"]
    return total / len([r for r in rows if r["qty"] > 100])

rows = load(["pen;3;1.5", "ink;2;4.25"])
print(rows)
try:
    load(["pen;3"])
except ValueError as e:
    print("ValueError:", e)
try:
    load(["pen;x;1"])
except ValueError as e:
    print("ValueError:", e)
print(summarize(rows))
