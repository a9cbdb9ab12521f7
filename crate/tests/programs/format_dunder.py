class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        amount = self.cents / 100
        if spec.endswith("c"):
            return f"{amount:,.2f} {self.currency}"
        if spec == "":
            return str(self)
        return format(amount, spec)

    def __str__(self):
        return f"{self.cents / 100:.2f}{self.currency}"

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

m = Money(123456)
print(f"{m}", f"{m:c}", f"{m:>12.1f}|", f"{m!r}", f"{m!s:>12}|")
print(format(m, "c"), "{:c}".format(m), "{0!r:>20}".format(m))

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"C": self.celsius, "F": self.celsius * 9 / 5 + 32, "K": self.celsius + 273.15}[unit]
        return f"{value:{num_spec or '.1f'}}°{unit}"

t = Temperature(21.5)
print(f"{t}", f"{t:F}", f"{t:.0K}", f"{t:8.2C}|")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|", f"{'hi':{'^'}{width}}|")

class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(Plain(), "") == str(Plain()) or "differs")
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
print(format(3.5, ""), format("x", ""), format(None, ""), format(True, "d"))
try:
    format(None, "d")
except TypeError as e:
    print("TypeError:", e)
