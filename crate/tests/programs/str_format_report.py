rows = [
    ("Widget", 4, 3.5, True),
    ("Gadget extra long name", 12, 10.0, False),
    ("Thing", 0, 0.99, True),
]
header = "{:<15} {:>5} {:>9} {:^7}".format("Item", "Qty", "Price", "Stock")
print(header)
print("=" * len(header))
for name, qty, price, stock in rows:
    short = name if len(name) <= 15 else name[:12] + "..."
    print("{:<15} {:>5d} {:>9.2f} {:^7}".format(short, qty, price, "yes" if stock else "no"))
print("{:-^40}".format(" end "))
print("{0:>{1}}|{2:<{1}}|".format("ab", 6, "cd"))
print("{name!r:>10} {value:+.3f}".format(name="pi", value=3.14159))
print("{:,d} {:_.2f} {:e} {:.0%} {:#o}".format(1234567, 9876.543, 0.00012, 0.256, 64))
data = {"user": "ann", "n": 3}
print("{user} has {n} items".format(**data), "{0[user]}".format(data), "%(user)s/%(n)d" % data)
print("{:*<8}{:*>8}".format("L", "R"), "{:08.3f}".format(-3.14159), "{:+08d}".format(42))
print("{}{}{}".format(1, [2], {3: 4}), "{!s}|{!r}|{!a}".format("é", "é", "é"))
print("{:x}".format(255), "{:X}".format(255), "{:b}".format(5), "{:c}".format(9731))
print("{0.real}+{0.imag}j".format(3 + 4j), "{:^10.3s}|".format("abcdef"))
print(str.format("{}-{}", "a", "b"), "{{literal}} {}".format("x"), format(3.0, "n"), format(1234, "n"))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or ".1f") + "°F"
        return format(self.c, spec or ".1f") + "°C"
t = Temp(21.5)
print(f"{t} {t:.0f} {t:F} {t:.2F}", "{:>8}".format("x"), "{}".format(t))
print("{:d}".format(3.5))
