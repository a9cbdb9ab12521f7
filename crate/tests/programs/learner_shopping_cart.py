from decimal import Decimal, ROUND_HALF_UP
from collections import namedtuple, defaultdict
Product = namedtuple("Product", "sku name price category")
catalog = {p.sku: p for p in [
    Product("A1", "Notebook", Decimal("3.49"), "stationery"),
    Product("B2", "Pen (blue)", Decimal("0.99"), "stationery"),
    Product("C3", "Coffee Mug", Decimal("7.50"), "kitchen"),
    Product("D4", "Headphones", Decimal("59.90"), "electronics"),
]}
class Cart:
    TAX = {"stationery": Decimal("0.05"), "kitchen": Decimal("0.08"), "electronics": Decimal("0.20")}
    def __init__(self):
        self.lines = defaultdict(int)
        self.coupons = []
    def add(self, sku, qty=1):
        if sku not in catalog:
            raise KeyError(sku)
        if qty <= 0:
            raise ValueError(f"quantity must be positive: {qty}")
        self.lines[sku] += qty
    def remove(self, sku, qty=None):
        if qty is None or qty >= self.lines[sku]:
            del self.lines[sku]
        else:
            self.lines[sku] -= qty
    def subtotal(self):
        return sum((catalog[s].price * q for s, q in self.lines.items()), Decimal("0"))
    def tax(self):
        total = Decimal(0)
        for s, q in self.lines.items():
            p = catalog[s]
            total += p.price * q * self.TAX[p.category]
        return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    def discount(self):
        d = Decimal(0)
        for c in self.coupons:
            if c.endswith("%"):
                d += self.subtotal() * Decimal(c[:-1]) / 100
            else:
                d += Decimal(c)
        return d.quantize(Decimal("0.01"))
    def total(self):
        return self.subtotal() + self.tax() - self.discount()
    def receipt(self):
        out = []
        for s, q in sorted(self.lines.items()):
            p = catalog[s]
            out.append(f"{p.name:<12} {q:>3} x {p.price:>6} = {p.price * q:>8}")
        out.append(f"{'Subtotal':<29}{self.subtotal():>8}")
        out.append(f"{'Tax':<29}{self.tax():>8}")
        if self.coupons:
            out.append(f"{'Discount':<29}{-self.discount():>8}")
        out.append(f"{'TOTAL':<29}{self.total():>8}")
        return "\n".join(out)
cart = Cart()
cart.add("A1", 3); cart.add("B2", 10); cart.add("C3"); cart.add("D4"); cart.add("A1")
for bad in [("Z9", 1), ("A1", 0)]:
    try:
        cart.add(*bad)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(cart.receipt())
cart.coupons += ["10%", "2.50"]
cart.remove("B2", 4)
cart.remove("D4")
print(cart.receipt())
print(dict(cart.lines), catalog["A1"], catalog["A1"]._replace(price=Decimal("1")), Product._fields)
print(Decimal("19.999").quantize(Decimal("0.01")), Decimal("0.125").quantize(Decimal("0.01")), Decimal("0.135").quantize(Decimal("0.01")), round(Decimal("2.5")), round(Decimal("3.14159"), 3), f"{Decimal('1234.5'):,.2f}", Decimal("1.0") == Decimal("1"), Decimal("3.0") * 2, -Decimal("0"))
print(sum(Decimal(str(x)) for x in [0.1, 0.2, 0.3]), Decimal("10") / 3, Decimal(10) // 3, Decimal("7").sqrt(), max(Decimal("1.5"), 2), Decimal("1e2") + 0, Decimal("100").to_eng_string(), Decimal("0.000001"), Decimal("1E-7"), str(Decimal(1) / 8))
