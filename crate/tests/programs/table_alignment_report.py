rows = [
    ("Widget", 4, 3.5),
    ("Gadget with a long name", 12, 12.25),
    ("Nut", 1000, 0.05),
    ("Bolt", 250, 0.1),
]
headers = ("Item", "Qty", "Price", "Total")
data = [(name, qty, price, qty * price) for name, qty, price in rows]
name_w = max(len(headers[0]), *(len(r[0]) for r in data))
cells = [[name, f"{qty:,}", f"{price:.2f}", f"{total:,.2f}"] for name, qty, price, total in data]
widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print("| " + " | ".join(h.center(w) for h, w in zip(headers, widths)) + " |")
print(sep.replace("-", "="))
for c in cells:
    first, *rest = c
    print("| " + first.ljust(widths[0]) + " | " + " | ".join(v.rjust(w) for v, w in zip(rest, widths[1:])) + " |")
print(sep)
grand = sum(r[3] for r in data)
print(f"{'Grand total':>{sum(widths) + 7}} {grand:>{widths[3]},.2f}")
print()
for name, qty, price, total in data:
    short = name if len(name) <= 10 else name[:9] + "…"
    print(f"{short:<10}|{qty:>6d}|{price:>8.3f}|{total:>10.1f}|{total / grand:>7.1%}")
print()
print("{:-^30}".format(" summary "))
print("{:<15}{:>15}".format("items", len(data)))
print("{:<15}{:>15.2f}".format("average price", sum(r[2] for r in data) / len(data)))
print("{:<15}{:>15}".format("max qty", max(data, key=lambda r: r[1])[0]))
print("=" * 30)
print("%-10s|%8s|" % ("left", "right"))
print("%-10.3s|%8.2f|" % ("truncate", 3.14159))
